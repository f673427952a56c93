#include "RecordStore.h"

#include "util/FileSync.h"
#include "util/TornTail.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

namespace herb {

namespace {

// Calls `line` with each complete line of records.jsonl, in order (SIMDJSON_PADDING readable
// bytes follow it); it returns false for a line that is no JSON object, counted in
// `corruptLines`. A torn last line is not a record yet. A missing file has no lines; false
// with `error` set when it cannot be read. Read in 8 MB chunks: a resume reads 100,000 records
// before its first request.
template<typename Line>
bool scanLines(const QString &path, QString *error, qint64 *corruptLines, Line line)
{
    QFile file(path);
    if (!file.exists())
        return true;
    const auto fail = [&] {
        if (error)
            *error
                = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail();
    constexpr qint64 kChunk = 8 << 20;
    QByteArray buffer;
    qint64 carried = 0; // the start of a line not ended yet
    qint64 corrupt = 0;
    qint64 bufferOffset = 0; // where the buffer's first byte lies in the file
    for (;;) {
        buffer.resize(carried + kChunk + qsizetype(simdjson::SIMDJSON_PADDING));
        const qint64 got = file.read(buffer.data() + carried, kChunk);
        if (got < 0)
            return fail();
        const qint64 filled = carried + got;
        std::memset(buffer.data() + filled, 0, simdjson::SIMDJSON_PADDING);
        const char *data = buffer.constData();
        qint64 pos = 0;
        while (const auto *newline
               = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(filled - pos)))) {
            const qint64 end = newline - data;
            if (!line(data + pos, size_t(end - pos), bufferOffset + pos))
                ++corrupt;
            pos = end + 1;
        }
        carried = filled - pos;
        if (got == 0)
            break; // what is carried is a torn last line: not a record yet
        std::memmove(buffer.data(), data + pos, size_t(carried));
        bufferOffset += pos;
    }
    if (corruptLines)
        *corruptLines = corrupt;
    return true;
}

// The same with each line parsed by simdjson (QJsonDocument took 3 s for 100,000 records).
template<typename Record>
bool scanRecords(const QString &path, QString *error, qint64 *corruptLines, Record record)
{
    simdjson::dom::parser parser;
    return scanLines(path, error, corruptLines,
                     [&](const char *data, size_t length, qint64 offset) {
                         simdjson::dom::object object;
                         // The buffer's padding (or the lines after) lies past the line, as
                         // simdjson needs.
                         if (parser.parse(data, length, false).get_object().get(object))
                             return false;
                         if constexpr (std::is_invocable_v<Record, simdjson::dom::object>)
                             record(object);
                         else
                             record(object, offset, qint64(length));
                         return true;
                     });
}

std::string_view stringOf(simdjson::dom::element element)
{
    std::string_view text;
    return element.get_string().get(text) ? std::string_view() : text;
}

QString qstringOf(simdjson::dom::element element)
{
    const std::string_view text = stringOf(element);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isSuccess(simdjson::dom::object record)
{
    return stringOf(record["status"]) == "success";
}

// What the trust checks read of an earlier record (TrustCheck::seed): its id, hash, terms, flags,
// barcodes and GBIF match type. Parsed with simdjson: with QJsonDocument, seeding the checks from
// 50,000 records added 2 s to a resume's first request.
SpecimenRecord checkedPartOf(simdjson::dom::object object)
{
    SpecimenRecord record;
    record.specimenId = qstringOf(object["specimen_id"]);
    record.sha256 = qstringOf(object["sha256"]);
    record.success = isSuccess(object);
    simdjson::dom::object dwc;
    if (!object["dwc"].get_object().get(dwc)) {
        for (const auto field : dwc)
            record.record.dwc.insert(
                QString::fromUtf8(field.key.data(), qsizetype(field.key.size())),
                qstringOf(field.value));
    }
    simdjson::dom::array flags;
    if (!object["flags"].get_array().get(flags)) {
        for (const auto flag : flags)
            record.flags.append(qstringOf(flag));
    }
    simdjson::dom::array barcodes;
    if (!object.at_pointer("/extra/barcodes").get_array().get(barcodes)) {
        QJsonArray read;
        for (const auto barcode : barcodes) {
            simdjson::dom::object entry;
            read.append(barcode.get_object().get(entry)
                            ? QJsonValue(qstringOf(barcode))
                            : QJsonValue(QJsonObject {
                                { QStringLiteral("data"), qstringOf(entry["data"]) } }));
        }
        record.record.extra.insert(QStringLiteral("barcodes"), read);
    }
    std::string_view matchType;
    if (!object.at_pointer("/extra/gbif/matchType").get_string().get(matchType))
        record.record.extra.insert(
            QStringLiteral("gbif"),
            QJsonObject { { QStringLiteral("matchType"),
                            QString::fromUtf8(matchType.data(), qsizetype(matchType.size())) } });
    return record;
}

} // namespace

QHash<QString, SpecimenRecord> RecordStore::readFinal(const QString &path, QString *error,
                                                      qint64 *corruptLines)
{
    QHash<QString, SpecimenRecord> final;
    scanLines(path, error, corruptLines, [&final](const char *data, size_t length, qint64) {
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray::fromRawData(data, qsizetype(length)));
        if (!doc.isObject())
            return false;
        SpecimenRecord record = SpecimenRecord::fromJson(doc.object());
        final.insert(record.specimenId, std::move(record));
        return true;
    });
    return final;
}

namespace {

// Reads the terms of records.jsonl lines by their place in the file (RecordStore::occurrences).
class TermsReader
{
public:
    explicit TermsReader(const QString &path, std::shared_ptr<QString> error)
        : m_file(path)
        , m_error(std::move(error))
    { }

    QMap<QString, QString> terms(qint64 offset, qint64 length)
    {
        QMap<QString, QString> terms;
        if ((!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly)) || !m_file.seek(offset)) {
            fail(m_file.errorString());
            return terms;
        }
        m_buffer.resize(length + qsizetype(simdjson::SIMDJSON_PADDING));
        if (m_file.read(m_buffer.data(), length) != length) {
            fail(m_file.errorString());
            return terms;
        }
        simdjson::dom::object dwc;
        if (m_parser.parse(m_buffer.constData(), size_t(length), false)["dwc"].get_object().get(
                dwc)) {
            fail(QStringLiteral("a record changed since it was read"));
            return terms;
        }
        for (const auto field : dwc)
            terms.insert(term(field.key), qstringOf(field.value));
        return terms;
    }

private:
    void fail(const QString &why)
    {
        if (m_error->isEmpty())
            *m_error
                = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), why);
    }

    // The term names, the same few in every record, held once.
    QString term(std::string_view key)
    {
        for (const auto &[utf8, name] : m_terms) {
            if (utf8 == key)
                return name;
        }
        return m_terms
            .emplace_back(std::string(key), QString::fromUtf8(key.data(), qsizetype(key.size())))
            .second;
    }

    QFile m_file;
    std::shared_ptr<QString> m_error;
    simdjson::dom::parser m_parser;
    QByteArray m_buffer;
    std::vector<std::pair<std::string, QString>> m_terms;
};

} // namespace

std::optional<RecordStore::Occurrences> RecordStore::occurrences(QString *error) const
{
    // As readFinal: the last line of a specimen id is its final record.
    struct Line
    {
        qint64 offset = 0;
        qint64 length = 0;
        QString sha256;
    };
    QHash<QString, Line> final;
    const bool read = scanRecords(
        path(), error, nullptr,
        [&final](simdjson::dom::object record, qint64 offset, qint64 length) {
            const QString specimenId = qstringOf(record["specimen_id"]);
            if (isSuccess(record))
                final.insert(specimenId, { offset, length, qstringOf(record["sha256"]) });
            else
                final.remove(specimenId);
        });
    if (!read)
        return std::nullopt;
    Occurrences out;
    out.entries.reserve(final.size());
    QHash<QString, std::pair<qint64, qint64>> where;
    where.reserve(final.size());
    for (auto it = final.cbegin(); it != final.cend(); ++it) {
        out.entries.append({ it.key(), it->sha256, {} });
        where.insert(it.key(), { it->offset, it->length });
    }
    out.readError = std::make_shared<QString>();
    auto reader = std::make_shared<TermsReader>(path(), out.readError);
    out.termsOf = [reader, where = std::move(where)](const OccurrenceEntry &entry) {
        const auto [offset, length] = where.value(entry.specimenId);
        return reader->terms(offset, length);
    };
    return out;
}

std::optional<SpecimenRecord> RecordStore::readRecord(const Outcome &outcome, QString *error) const
{
    QFile file(path());
    QByteArray line;
    if (file.open(QIODevice::ReadOnly) && file.seek(outcome.offset))
        line = file.read(outcome.length);
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (line.size() != outcome.length || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: cannot read back a record at byte %2")
                         .arg(QDir::toNativeSeparators(path()))
                         .arg(outcome.offset);
        return std::nullopt;
    }
    return SpecimenRecord::fromJson(doc.object());
}

qsizetype RecordStore::finalSuccessCount() const
{
    return std::count_if(m_final.cbegin(), m_final.cend(),
                         [](const Outcome &outcome) { return outcome.success; });
}

bool RecordStore::forEachFinalSuccess(qsizetype skip,
                                      const std::function<void(const SpecimenRecord &)> &record,
                                      QString *error) const
{
    // Lines are appended, so the order of their offsets is the order they were written.
    std::vector<qint64> offsets;
    for (const Outcome &outcome : m_final) {
        if (outcome.success)
            offsets.push_back(outcome.offset);
    }
    std::sort(offsets.begin(), offsets.end());
    if (skip >= qsizetype(offsets.size()))
        return true;
    const qint64 first = offsets[size_t(skip)];
    simdjson::dom::parser parser;
    return scanLines(path(), error, nullptr, [&](const char *data, size_t length, qint64 offset) {
        if (offset < first || !std::binary_search(offsets.begin(), offsets.end(), offset))
            return true;
        simdjson::dom::object object;
        if (parser.parse(data, length, false).get_object().get(object))
            return false;
        record(checkedPartOf(object));
        return true;
    });
}

std::unique_ptr<RecordStore> RecordStore::open(const QString &path, QString *error)
{
    std::unique_ptr<RecordStore> store(new RecordStore);
    store->m_file.setFileName(path);
    const bool existed = store->m_file.exists();
    if (!store->m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path),
                                                  store->m_file.errorString());
        return nullptr;
    }
    if (repairTornTail(store->m_file, path + QLatin1String(".torn"), error) < 0)
        return nullptr;
    QHash<QString, Outcome> &final = store->m_final;
    if (!scanRecords(path, error, &store->m_corruptLines,
                     [&final](simdjson::dom::object record, qint64 offset, qint64 length) {
                         Outcome outcome;
                         outcome.success = isSuccess(record);
                         if (!outcome.success)
                             outcome.errorKind
                                 = errorKindFromName(stringOf(record.at_pointer("/error/kind")));
                         outcome.sha256 = qstringOf(record["sha256"]);
                         simdjson::dom::array flags;
                         if (!record["flags"].get_array().get(flags)) {
                             for (const auto flag : flags)
                                 outcome.flags.append(qstringOf(flag));
                         }
                         int64_t number = 0;
                         if (!record["file_size"].get_int64().get(number))
                             outcome.fileSize = number;
                         if (!record["file_modified_ms"].get_int64().get(number))
                             outcome.fileModifiedMs = number;
                         outcome.offset = offset;
                         outcome.length = length;
                         final.insert(qstringOf(record["specimen_id"]), outcome);
                     }))
        return nullptr;
    store->m_file.seek(store->m_file.size());
    if (!existed)
        syncDirectory(QFileInfo(path).absolutePath());
    return store;
}

bool RecordStore::append(const SpecimenRecord &record, QString *error)
{
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size()) {
        if (error)
            *error = QStringLiteral("%1: cannot write the record of %2: %3")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), record.specimenId,
                              m_file.errorString());
        return false;
    }
    const qint64 offset = m_file.pos() - line.size();
    m_final.insert(record.specimenId,
                   Outcome { record.success, record.error.kind, record.sha256, record.flags,
                             record.fileSize, record.fileModifiedMs, offset, line.size() - 1 });
    m_unsynced = true;
    return true;
}

bool RecordStore::sync(QString *error)
{
    if (!m_unsynced)
        return true;
    m_unsynced = false;
    return syncFileData(m_file.handle(), error);
}

} // namespace herb
