#include "DwcTerms.h"

#include <QFile>

namespace herb {

namespace {

const QString kResourcePath = QStringLiteral(":/dwc/occurrence-core-terms.csv");

DwcTerms loadEmbedded()
{
    QFile file(kResourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("DwC term list %s is missing from the build: %s", qPrintable(kResourcePath),
                 qPrintable(file.errorString()));
        return {};
    }
    QString error;
    DwcTerms terms = DwcTerms::fromCsv(file.readAll(), &error);
    if (terms.isEmpty())
        qWarning("%s", qPrintable(error));
    return terms;
}

} // namespace

const DwcTerms &DwcTerms::occurrenceCore()
{
    static const DwcTerms terms = loadEmbedded();
    return terms;
}

DwcTerms DwcTerms::fromCsv(const QByteArray &csv, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return DwcTerms();
    };
    DwcTerms result;
    const QList<QByteArray> lines = csv.split('\n');
    qsizetype lineNumber = 0;
    for (const QByteArray &rawLine : lines) {
        ++lineNumber;
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        if (lineNumber == 1) {
            if (!line.startsWith(QLatin1String("term,")))
                return fail(
                    QStringLiteral("DwC term list: header must start with \"term,\", found \"%1\"")
                        .arg(line.left(80)));
            continue;
        }
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        const QString name = line.left(comma).trimmed();
        const QString iri = comma < 0 ? QString() : line.mid(comma + 1).trimmed();
        if (name.isEmpty() || !iri.startsWith(QLatin1String("http")) || !iri.endsWith(name))
            return fail(
                QStringLiteral("DwC term list, line %1: expected \"term,IRI\", found \"%2\"")
                    .arg(lineNumber)
                    .arg(line.left(80)));
        if (result.m_indexByName.contains(name))
            return fail(QStringLiteral("DwC term list, line %1: duplicate term \"%2\"")
                            .arg(lineNumber)
                            .arg(name));
        result.m_indexByName.insert(name, result.m_terms.size());
        result.m_indexByLowerName.insert(name.toLower(), result.m_terms.size());
        result.m_terms.append({ name, iri });
    }
    if (result.m_terms.isEmpty())
        return fail(QStringLiteral("DwC term list is empty"));
    return result;
}

const QStringList &DwcTerms::coreFieldTerms()
{
    static const QStringList terms = {
        QStringLiteral("catalogNumber"), QStringLiteral("scientificName"),
        QStringLiteral("eventDate"),     QStringLiteral("recordedBy"),
        QStringLiteral("recordNumber"),  QStringLiteral("locality"),
        QStringLiteral("habitat"),
    };
    return terms;
}

QStringList DwcTerms::names() const
{
    QStringList result;
    result.reserve(m_terms.size());
    for (const DwcTerm &term : m_terms)
        result.append(term.name);
    return result;
}

QString DwcTerms::iri(const QString &term) const
{
    const qsizetype index = indexOf(term);
    return index < 0 ? QString() : m_terms.at(index).iri;
}

QString DwcTerms::canonicalTerm(QStringView key) const
{
    QStringView name = key.trimmed();
    static const QLatin1String prefixes[] = {
        QLatin1String("http://rs.tdwg.org/dwc/terms/"),
        QLatin1String("http://purl.org/dc/terms/"),
        QLatin1String("dwc:"),
        QLatin1String("dcterms:"),
        QLatin1String("dc:"),
    };
    for (const QLatin1String &prefix : prefixes) {
        if (name.startsWith(prefix, Qt::CaseInsensitive)) {
            name = name.mid(prefix.size()).trimmed();
            break;
        }
    }
    const qsizetype index = m_indexByLowerName.value(name.toString().toLower(), -1);
    return index < 0 ? QString() : m_terms.at(index).name;
}

} // namespace herb
