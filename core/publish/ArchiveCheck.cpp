#include "ArchiveCheck.h"

#include "dwc/GbifLicences.h"
#include "normalise/CountryCodes.h"
#include "normalise/EventDateNormaliser.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

#include <cmath>
#include <memory>

namespace herb {

namespace {

using Severity = ArchiveIssue::Severity;

const QString kTextNamespace = QStringLiteral("http://rs.tdwg.org/dwc/text/");
const QString kDwc = QStringLiteral("http://rs.tdwg.org/dwc/terms/");

// GBIF's basisOfRecord vocabulary (https://rs.gbif.org/vocabulary/dwc/basis_of_record.xml).
const QStringList kBasisOfRecord = {
    QStringLiteral("PreservedSpecimen"),
    QStringLiteral("FossilSpecimen"),
    QStringLiteral("LivingSpecimen"),
    QStringLiteral("MaterialSample"),
    QStringLiteral("MaterialEntity"),
    QStringLiteral("MaterialCitation"),
    QStringLiteral("HumanObservation"),
    QStringLiteral("MachineObservation"),
    QStringLiteral("Occurrence"),
    QStringLiteral("Event"),
    QStringLiteral("Taxon"),
};

QMap<QString, QByteArray> unzip(const QByteArray &zip, QString *error)
{
    QMap<QString, QByteArray> files;
    std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(),
                                                                  &archive_read_free);
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_memory(reader.get(), zip.constData(), size_t(zip.size())) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(reader.get()));
        return {};
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
        QByteArray data;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0)
            data.append(buffer, qsizetype(n));
        if (n < 0) {
            *error = QString::fromUtf8(archive_error_string(reader.get()));
            return {};
        }
        files.insert(QString::fromUtf8(archive_entry_pathname(entry)), data);
    }
    return files;
}

struct CoreFile
{
    QString location;
    int ignoreHeaderLines = 0;
    QString fieldsTerminatedBy = QStringLiteral("\\t");
    int idIndex = -1;
    QHash<QString, int> indexOfTerm; // short term name -> column
    QString problem; // meta.xml breaks the text guide's rules
};

// The rules of the text guide's schema (tdwg_dwc_text.xsd) that a reader depends on: an
// <archive> in its namespace with one <core rowType>, its <files><location>, an <id index>
// and <field index term> entries with distinct indexes.
CoreFile readMeta(const QByteArray &meta)
{
    CoreFile core;
    QXmlStreamReader xml(meta);
    bool inCore = false;
    bool sawArchive = false;
    bool sawCore = false;
    QSet<int> indexes;
    auto fail = [&](const QString &why) {
        if (core.problem.isEmpty())
            core.problem = why;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("core"))
                inCore = false;
            continue;
        }
        const auto attrs = xml.attributes();
        const QStringView name = xml.name();
        if (name == QLatin1String("archive")) {
            sawArchive = true;
            if (xml.namespaceUri() != kTextNamespace)
                fail(QStringLiteral("<archive> is not in the namespace %1").arg(kTextNamespace));
        } else if (name == QLatin1String("core")) {
            if (sawCore)
                fail(QStringLiteral("more than one <core>"));
            sawCore = inCore = true;
            if (attrs.value(QLatin1String("rowType")).isEmpty())
                fail(QStringLiteral("<core> has no rowType"));
            core.ignoreHeaderLines = attrs.value(QLatin1String("ignoreHeaderLines")).toInt();
            if (attrs.hasAttribute(QLatin1String("fieldsTerminatedBy")))
                core.fieldsTerminatedBy
                    = attrs.value(QLatin1String("fieldsTerminatedBy")).toString();
        } else if (inCore && name == QLatin1String("location")) {
            core.location = xml.readElementText().trimmed();
        } else if (inCore && name == QLatin1String("id")) {
            bool ok = false;
            core.idIndex = attrs.value(QLatin1String("index")).toInt(&ok);
            if (!ok)
                fail(QStringLiteral("<id> has no index"));
        } else if (inCore && name == QLatin1String("field")) {
            const QString term = attrs.value(QLatin1String("term")).toString();
            bool ok = false;
            const int index = attrs.value(QLatin1String("index")).toInt(&ok);
            if (term.isEmpty())
                fail(QStringLiteral("a <field> has no term"));
            if (!ok && !attrs.hasAttribute(QLatin1String("default")))
                fail(QStringLiteral("<field term=\"%1\"> has neither index nor default").arg(term));
            if (ok && indexes.contains(index))
                fail(QStringLiteral("two fields have index %1").arg(index));
            if (ok) {
                indexes.insert(index);
                core.indexOfTerm.insert(term.mid(term.lastIndexOf(QLatin1Char('/')) + 1), index);
            }
        }
    }
    if (xml.hasError())
        fail(QStringLiteral("not well-formed XML: %1 (line %2)")
                 .arg(xml.errorString())
                 .arg(xml.lineNumber()));
    if (!sawArchive)
        fail(QStringLiteral("no <archive> element"));
    else if (!sawCore)
        fail(QStringLiteral("no <core> element"));
    else if (core.location.isEmpty())
        fail(QStringLiteral("<core> names no file in <files><location>"));
    else if (core.idIndex < 0)
        fail(QStringLiteral("<core> has no <id>"));
    return core;
}

struct Eml
{
    bool wellFormed = true;
    QSet<QString> present; // dataset children with text
    QString licenceUrl; // the ulink's url, or the rights' text
};

Eml readEml(const QByteArray &eml)
{
    Eml out;
    QXmlStreamReader xml(eml);
    QStringList path;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path.append(xml.name().toString());
            if (path.size() >= 3 && path.at(1) == QLatin1String("dataset")
                && xml.name() == QLatin1String("ulink")
                && path.at(2) == QLatin1String("intellectualRights"))
                out.licenceUrl = xml.attributes().value(QLatin1String("url")).toString();
        } else if (xml.isEndElement()) {
            path.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && path.size() >= 3
                   && path.at(1) == QLatin1String("dataset")) {
            out.present.insert(path.at(2));
            if (path.at(2) == QLatin1String("intellectualRights") && out.licenceUrl.isEmpty())
                out.licenceUrl = xml.text().toString().trimmed();
        }
    }
    out.wellFormed = !xml.hasError();
    return out;
}

class Counter
{
public:
    void add(Severity severity, const QString &name, const QString &example)
    {
        auto it = m_index.constFind(name);
        if (it == m_index.cend()) {
            m_index.insert(name, m_issues.size());
            m_issues.append({ severity, name, 1, example.left(80) });
        } else {
            ++m_issues[*it].count;
        }
    }
    QList<ArchiveIssue> issues() const { return m_issues; }

private:
    QList<ArchiveIssue> m_issues;
    QHash<QString, qsizetype> m_index;
};

bool inRange(const QString &text, double limit, bool *numeric)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    *numeric = ok && std::isfinite(value);
    return *numeric && std::abs(value) <= limit;
}

void checkRows(const QByteArray &data, const CoreFile &core, Counter &issues, int &records,
               const Eml &eml)
{
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    const QChar separator = core.fieldsTerminatedBy == QLatin1String(",") ? u',' : u'\t';
    auto column = [&](const char *term) { return core.indexOfTerm.value(QLatin1String(term), -1); };
    const int id = core.idIndex;
    const int basis = column("basisOfRecord");
    const int date = column("eventDate");
    const int latitude = column("decimalLatitude");
    const int longitude = column("decimalLongitude");
    const int country = column("countryCode");
    const int datum = column("geodeticDatum");
    const int license = column("license");
    QSet<QString> ids;
    for (qsizetype i = core.ignoreHeaderLines; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        ++records;
        const QStringList cells = line.split(separator);
        auto cell = [&](int index) { return index < 0 ? QString() : cells.value(index).trimmed(); };
        const QString occurrenceId = cell(id);
        if (occurrenceId.isEmpty())
            issues.add(Severity::Error, QStringLiteral("Occurrence ID missing"), {});
        else if (ids.contains(occurrenceId))
            issues.add(Severity::Error, QStringLiteral("Occurrence ID not unique"), occurrenceId);
        ids.insert(occurrenceId);
        const QString basisValue = cell(basis);
        if (basisValue.isEmpty() || !kBasisOfRecord.contains(basisValue))
            issues.add(Severity::Error, QStringLiteral("Basis of record invalid"), basisValue);
        if (license >= 0 && !findGbifLicence(cell(license)) && !findGbifLicence(eml.licenceUrl))
            issues.add(Severity::Error, QStringLiteral("Licence invalid"), cell(license));
        const QString dateValue = cell(date);
        if (!dateValue.isEmpty() && !isIsoEventDate(dateValue))
            issues.add(Severity::Warning, QStringLiteral("Recorded date invalid"), dateValue);
        const QString lat = cell(latitude);
        const QString lon = cell(longitude);
        if (!lat.isEmpty() || !lon.isEmpty()) {
            bool latNumeric = false;
            bool lonNumeric = false;
            const bool latOk = inRange(lat, 90.0, &latNumeric);
            const bool lonOk = inRange(lon, 180.0, &lonNumeric);
            if (!latNumeric || !lonNumeric)
                issues.add(Severity::Warning, QStringLiteral("Coordinate invalid"),
                           lat + QLatin1Char(' ') + lon);
            else if (!latOk || !lonOk)
                issues.add(Severity::Warning, QStringLiteral("Coordinate out of range"),
                           lat + QLatin1Char(' ') + lon);
            else if (cell(datum).isEmpty())
                issues.add(Severity::Warning, QStringLiteral("Geodetic datum assumed WGS84"), {});
        }
        const QString code = cell(country);
        if (!code.isEmpty() && (code.size() != 2 || countryCodeFor(code) != code))
            issues.add(Severity::Warning, QStringLiteral("Country invalid"), code);
    }
}

} // namespace

bool ArchiveCheckResult::isRefused() const
{
    for (const ArchiveIssue &issue : issues) {
        if (issue.severity == Severity::Error)
            return true;
    }
    return false;
}

int ArchiveCheckResult::warningCount() const
{
    int count = 0;
    for (const ArchiveIssue &issue : issues)
        count += issue.severity == Severity::Warning ? 1 : 0;
    return count;
}

ArchiveCheckResult checkArchive(const QString &zipPath)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly)) {
        ArchiveCheckResult result;
        result.issues.append(
            { Severity::Error, QStringLiteral("Archive cannot be read"), 1, file.errorString() });
        return result;
    }
    return checkArchiveData(file.readAll());
}

ArchiveCheckResult checkArchiveData(const QByteArray &zip)
{
    ArchiveCheckResult result;
    QString error;
    const QMap<QString, QByteArray> files = unzip(zip, &error);
    if (files.isEmpty()) {
        result.issues.append({ Severity::Error, QStringLiteral("Archive cannot be read"), 1,
                               error.isEmpty() ? QStringLiteral("no files") : error });
        return result;
    }
    Counter issues;
    const auto meta = files.constFind(QStringLiteral("meta.xml"));
    if (meta == files.cend()) {
        issues.add(Severity::Error, QStringLiteral("Archive has no meta.xml"), {});
        result.issues = issues.issues();
        return result;
    }
    const CoreFile core = readMeta(*meta);
    if (!core.problem.isEmpty()) {
        issues.add(Severity::Error, QStringLiteral("meta.xml is invalid"), core.problem);
        result.issues = issues.issues();
        return result;
    }
    const auto emlFile = files.constFind(QStringLiteral("eml.xml"));
    Eml eml;
    if (emlFile == files.cend()) {
        issues.add(Severity::Error, QStringLiteral("Dataset metadata (eml.xml) missing"), {});
    } else {
        eml = readEml(*emlFile);
        if (!eml.wellFormed)
            issues.add(Severity::Error, QStringLiteral("Dataset metadata (eml.xml) invalid"), {});
        for (const char *required : { "title", "creator", "contact", "abstract" }) {
            if (!eml.present.contains(QLatin1String(required)))
                issues.add(Severity::Error,
                           QStringLiteral("Dataset metadata (eml.xml) missing required field"),
                           QLatin1String(required));
        }
        if (!eml.present.contains(QStringLiteral("metadataProvider")))
            issues.add(Severity::Warning,
                       QStringLiteral("Dataset metadata (eml.xml) has no metadata provider"), {});
        if (!findGbifLicence(eml.licenceUrl))
            issues.add(Severity::Error,
                       QStringLiteral("Dataset licence missing or not CC0, CC BY or CC BY-NC"),
                       eml.licenceUrl);
    }
    const auto data = files.constFind(core.location);
    if (data == files.cend())
        issues.add(Severity::Error, QStringLiteral("Core data file missing"), core.location);
    else
        checkRows(*data, core, issues, result.records, eml);
    result.issues = issues.issues();
    return result;
}

} // namespace herb
