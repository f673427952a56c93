#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace herb {

// The built-in vocabulary of synthetic specimen sheets: prairie and boreal plants of the
// Canadian prairie provinces with their authorities, collectors, places, habitats and the
// herbaria whose labels they imitate. Collectors are invented names, not real people.
class SampleTables
{
public:
    struct Place
    {
        QString stateProvince;
        QString locality;
        double latitude;
        double longitude; // negative: west
    };

    struct Herbarium
    {
        QString code; // catalogue number prefix, e.g. "SASK"
        QStringList headers; // label headers; "%1" is replaced by the province in capitals
    };

    static const QStringList &scientificNames();
    static const QStringList &collectors();
    static const QList<Place> &places();
    static const QStringList &habitats();
    static const QList<Herbarium> &herbaria();
    // Font families installed with the Debian font packages the project depends on.
    static const QStringList &fontFamilies();
};

} // namespace herb
