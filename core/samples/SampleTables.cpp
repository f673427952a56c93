#include "SampleTables.h"

namespace herb {

namespace {

QStringList fromUtf8(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

const QStringList &SampleTables::scientificNames()
{
    static const QStringList names = fromUtf8({
        "Artemisia frigida Willd.",
        "Bouteloua gracilis (Kunth) Lag. ex Griffiths",
        "Hesperostipa comata (Trin. & Rupr.) Barkworth",
        "Pascopyrum smithii (Rydb.) Á. Löve",
        "Koeleria macrantha (Ledeb.) Schult.",
        "Gaillardia aristata Pursh",
        "Ratibida columnifera (Nutt.) Wooton & Standl.",
        "Echinacea angustifolia DC.",
        "Liatris punctata Hook.",
        "Opuntia polyacantha Haw.",
        "Astragalus bisulcatus (Hook.) A. Gray",
        "Oxytropis sericea Nutt.",
        "Sphaeralcea coccinea (Nutt.) Rydb.",
        "Solidago missouriensis Nutt.",
        "Symphyotrichum ericoides (L.) G.L. Nesom",
        "Achillea millefolium L.",
        "Pulsatilla patens (L.) Mill.",
        "Rosa arkansana Porter",
        "Elaeagnus commutata Bernh. ex Rydb.",
        "Shepherdia argentea (Pursh) Nutt.",
        "Linum lewisii Pursh",
        "Penstemon nitidus Douglas ex Benth.",
        "Geum triflorum Pursh",
        "Carex filifolia Nutt.",
        "Eriogonum flavum Nutt.",
        "Dalea purpurea Vent.",
        "Thermopsis rhombifolia (Nutt. ex Pursh) Richardson",
        "Vaccinium vitis-idaea L.",
        "Cornus canadensis L.",
        "Linnaea borealis L.",
        "Rhododendron groenlandicum (Oeder) Kron & Judd",
        "Maianthemum canadense Desf.",
        "Chamerion angustifolium (L.) Holub",
        "Arctostaphylos uva-ursi (L.) Spreng.",
        "Picea glauca (Moench) Voss",
    });
    return names;
}

const QStringList &SampleTables::collectors()
{
    static const QStringList names = fromUtf8({
        "M. E. Kowalchuk",
        "R. T. Lindqvist",
        "D. H. Fairbairn",
        "J. P. Boudreau",
        "S. L. Nakamura",
        "K. A. Thorsteinson",
        "H. M. Dubois",
        "E. W. Pankratz",
        "G. R. Halvorsen",
        "L. C. McTavish",
        "P. J. Wiebe",
        "A. B. Ostrowski",
        "C. F. Lemieux",
        "T. N. Sauder",
        "B. E. Gislason",
        "W. J. Hnatiuk",
        "F. G. Macdonald",
        "I. M. Zelinski",
    });
    return names;
}

const QList<SampleTables::Place> &SampleTables::places()
{
    static const QList<Place> places = {
        { QStringLiteral("Saskatchewan"), QStringLiteral("5 km N of Swift Current"), 50.33,
          -107.79 },
        { QStringLiteral("Saskatchewan"),
          QStringLiteral("Cypress Hills Provincial Park, near Loch Leven"), 49.65, -109.50 },
        { QStringLiteral("Saskatchewan"),
          QStringLiteral("Grasslands National Park, Frenchman River valley"), 49.13, -107.42 },
        { QStringLiteral("Saskatchewan"),
          QStringLiteral("Along \"Red Coat Trail\" (Hwy 13), 3 km E of Ogema"), 49.57, -104.88 },
        { QStringLiteral("Saskatchewan"),
          QStringLiteral("Prince Albert National Park, Waskesiu Lake"), 53.92, -106.08 },
        { QStringLiteral("Saskatchewan"), QStringLiteral("Great Sand Hills, 20 km S of Sceptre"),
          50.67, -109.27 },
        { QStringLiteral("Saskatchewan"), QStringLiteral("Douglas Provincial Park, near Elbow"),
          51.05, -106.48 },
        { QStringLiteral("Alberta"), QStringLiteral("Dinosaur Provincial Park, badlands"), 50.76,
          -111.50 },
        { QStringLiteral("Alberta"), QStringLiteral("10 km W of Medicine Hat"), 50.04, -110.82 },
        { QStringLiteral("Alberta"), QStringLiteral("Writing-on-Stone Provincial Park, Milk River"),
          49.08, -111.62 },
        { QStringLiteral("Alberta"), QStringLiteral("Elk Island National Park, near Astotin Lake"),
          53.60, -112.86 },
        { QStringLiteral("Alberta"), QStringLiteral("Lac La Biche, east shore"), 54.77, -111.97 },
        { QStringLiteral("Manitoba"), QStringLiteral("Spruce Woods Provincial Park, Spirit Sands"),
          49.66, -99.27 },
        { QStringLiteral("Manitoba"),
          QStringLiteral("Riding Mountain National Park, near Wasagaming"), 50.66, -99.94 },
        { QStringLiteral("Manitoba"), QStringLiteral("Tall grass prairie preserve near Tolstoi"),
          49.10, -96.80 },
        { QStringLiteral("Manitoba"), QStringLiteral("3 km S of Brandon, Assiniboine River"), 49.81,
          -99.95 },
    };
    return places;
}

const QStringList &SampleTables::habitats()
{
    static const QStringList habitats = fromUtf8({
        "Dry mixed-grass prairie, south-facing slope",
        "Sandy soil in open grassland",
        "Eroded clay slope, sparse vegetation",
        "Moist meadow near a slough",
        "Gravelly hilltop, native pasture",
        "Aspen parkland, edge of bluff",
        "Jack pine forest on sand",
        "Mixed wood, white spruce and aspen",
        "Black spruce bog, on Sphagnum hummocks",
        "Roadside ditch, disturbed ground",
        "Coulee bottom among shrubs",
        "Stabilised sand dunes",
    });
    return habitats;
}

const QList<SampleTables::Herbarium> &SampleTables::herbaria()
{
    static const QList<Herbarium> herbaria = {
        { QStringLiteral("SASK"),
          { QStringLiteral("PLANTS OF %1"),
            QStringLiteral("HERBARIUM OF THE UNIVERSITY OF SASKATCHEWAN") } },
        { QStringLiteral("DAO"),
          { QString::fromUtf8("AGRICULTURE CANADA — HERBARIUM"),
            QStringLiteral("DEPARTMENT OF AGRICULTURE, OTTAWA") } },
        { QStringLiteral("ALTA"),
          { QStringLiteral("UNIVERSITY OF ALBERTA HERBARIUM"), QStringLiteral("FLORA OF %1") } },
        { QStringLiteral("WIN"),
          { QStringLiteral("UNIVERSITY OF MANITOBA HERBARIUM"), QStringLiteral("PLANTS OF %1") } },
    };
    return herbaria;
}

const QStringList &SampleTables::fontFamilies()
{
    static const QStringList families = {
        QStringLiteral("DejaVu Serif"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Nimbus Roman"), QStringLiteral("Nimbus Sans"),
        QStringLiteral("URW Bookman"),  QStringLiteral("C059"),
        QStringLiteral("P052"),         QStringLiteral("Nimbus Mono PS"),
    };
    return families;
}

} // namespace herb
