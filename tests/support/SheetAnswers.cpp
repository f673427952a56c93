#include "SheetAnswers.h"

#include "ScriptedEngine.h"

namespace herb::test {

int sheetIndex(const QString &specimenId)
{
    return specimenId.mid(6, 3).toInt();
}

DwcRecord sheetRecord(int index)
{
    DwcRecord record;
    record.dwc
        = { { QStringLiteral("catalogNumber"), QStringLiteral("CAN %1").arg(100000 + index) },
            { QStringLiteral("scientificName"), QStringLiteral("Carex nigra") },
            { QStringLiteral("recordedBy"), QStringLiteral("M. O. Malte") },
            { QStringLiteral("recordNumber"), QString::number(200 + index) },
            { QStringLiteral("eventDate"),
              QStringLiteral("19%1-06-1%2").arg(20 + index % 70).arg(index % 10) },
            { QStringLiteral("locality"), QStringLiteral("Mer Bleue, %1 km E").arg(index) },
            { QStringLiteral("habitat"), QStringLiteral("open bog") } };
    return record;
}

EngineOutcome sheetAnswer(int index, int promptTokens)
{
    EngineOutcome outcome = ScriptedEngine::success();
    outcome.record = sheetRecord(index);
    outcome.usage = { promptTokens, 100, 0.001 };
    return outcome;
}

} // namespace herb::test
