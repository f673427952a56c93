#include "ControlSheets.h"

#include "dwc/DwcTerms.h"
#include "scoring/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

namespace herb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ControlSheets)
};

// The columns TruthTable takes for the file name (scoring/TruthTable.cpp): the same file must
// read the same way for `herbstream score` and for --controls.
bool isFileColumn(const QString &header)
{
    const QString h = header.trimmed().toCaseFolded();
    return h == QLatin1String("file") || h == QLatin1String("file_name")
        || h == QLatin1String("filename") || h == QLatin1String("image");
}

QString baseName(const QString &path)
{
    QString p = path.trimmed();
    p.replace(u'\\', u'/');
    return p.mid(p.lastIndexOf(u'/') + 1);
}

// The images by specimen id and by bare file name (a name several images share maps to
// several ids, and a row naming only it is ambiguous).
struct ImageIndex
{
    QSet<QString> ids;
    QHash<QString, QStringList> idsByName;

    explicit ImageIndex(const QList<DiscoveredImage> &images)
    {
        for (const DiscoveredImage &image : images) {
            ids.insert(image.specimenId);
            idsByName[baseName(image.specimenId)].append(image.specimenId);
        }
    }
};

} // namespace

std::optional<QList<ControlSheet>>
loadControlSheets(const QString &path, const QList<DiscoveredImage> &images, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &message) -> std::optional<QList<ControlSheet>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString csvError;
    const QList<QStringList> table = CsvReader::readFile(path, &csvError);
    if (!csvError.isEmpty())
        return fail(Text::tr("Control sheets %1: %2").arg(shownPath, csvError));
    if (table.isEmpty() || table.first().join(QString()).trimmed().isEmpty())
        return fail(Text::tr("Control sheets %1: the file is empty; it needs a header row "
                             "(specimen, then Darwin Core terms) and one row per control sheet")
                        .arg(shownPath));

    // Row 1, the header: the first column names the image, the others are terms.
    const QStringList header = table.first();
    const DwcTerms &terms = DwcTerms::occurrenceCore();
    int fileColumn = -1;
    QHash<int, QString> termOfColumn;
    for (int c = 1; c < header.size(); ++c) {
        const QString name = header.at(c).trimmed();
        if (name.isEmpty())
            continue;
        if (fileColumn < 0 && isFileColumn(name)) {
            fileColumn = c;
            continue;
        }
        const QString term = terms.canonicalTerm(name);
        if (term.isEmpty())
            return fail(Text::tr("Control sheets %1, row 1 (the header), column %2: '%3' is not "
                                 "a Darwin Core term")
                            .arg(shownPath)
                            .arg(c + 1)
                            .arg(name));
        termOfColumn.insert(c, term);
    }
    if (table.size() < 2)
        return fail(Text::tr("Control sheets %1: the file has a header and no control sheet")
                        .arg(shownPath));

    const ImageIndex index(images);
    const QStringList &coreTerms = DwcTerms::coreFieldTerms();
    QList<ControlSheet> sheets;
    QHash<QString, int> rowOfImage;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &cells = table.at(r);
        ControlSheet sheet;
        sheet.row = int(r) + 1;
        const QString id = cells.value(0).trimmed();
        QString named = fileColumn >= 0 ? cells.value(fileColumn).trimmed() : QString();
        if (named.isEmpty())
            named = id;
        if (named.isEmpty())
            return fail(Text::tr("Control sheets %1, row %2: no image is named")
                            .arg(shownPath)
                            .arg(sheet.row));
        // By specimen id first, then by a file name only one image has (TruthTable::find).
        if (index.ids.contains(id)) {
            sheet.specimenId = id;
        } else {
            const QStringList byName = index.idsByName.value(baseName(named));
            if (byName.size() > 1)
                return fail(Text::tr("Control sheets %1, row %2: '%3' names %4 images of the "
                                     "folder; give its path in the folder")
                                .arg(shownPath)
                                .arg(sheet.row)
                                .arg(named)
                                .arg(byName.size()));
            if (byName.isEmpty())
                return fail(Text::tr("Control sheets %1, row %2: '%3' is not an image of the "
                                     "folder")
                                .arg(shownPath)
                                .arg(sheet.row)
                                .arg(named));
            sheet.specimenId = byName.first();
        }
        if (const auto earlier = rowOfImage.constFind(sheet.specimenId);
            earlier != rowOfImage.cend())
            return fail(Text::tr("Control sheets %1, row %2: %3 is already a control sheet "
                                 "(row %4)")
                            .arg(shownPath)
                            .arg(sheet.row)
                            .arg(sheet.specimenId)
                            .arg(*earlier));
        rowOfImage.insert(sheet.specimenId, sheet.row);
        bool knowsACoreValue = false;
        for (auto it = termOfColumn.cbegin(); it != termOfColumn.cend(); ++it) {
            const QString value = cells.value(it.key());
            sheet.truth.insert(it.value(), value);
            knowsACoreValue
                = knowsACoreValue || (coreTerms.contains(it.value()) && !value.trimmed().isEmpty());
        }
        if (!knowsACoreValue)
            return fail(Text::tr("Control sheets %1, row %2: no known value for the core "
                                 "fields (%3), the only ones scored")
                            .arg(shownPath)
                            .arg(sheet.row)
                            .arg(coreTerms.join(QLatin1String(", "))));
        sheets.append(sheet);
    }
    if (error)
        error->clear();
    return sheets;
}

} // namespace herb
