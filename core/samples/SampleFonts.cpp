#include "SampleFonts.h"

#include <QFont>
#include <QFontDatabase>

namespace herb::SampleFonts {

namespace {

QString available(const QString &family, QFontDatabase::SystemFont fallback)
{
    if (!family.isEmpty() && QFontDatabase::hasFamily(family))
        return family;
    return QFontDatabase::systemFont(fallback).family();
}

} // namespace

QString proportional(const QString &family)
{
    return available(family, QFontDatabase::GeneralFont);
}

QString monospace(const QString &family)
{
    return available(family, QFontDatabase::FixedFont);
}

} // namespace herb::SampleFonts
