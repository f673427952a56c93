// libFuzzer target: the CSV reader and the truth table of `herbstream score`, which read
// files people export from spreadsheets by hand.
#include "CsvReader.h"
#include "TruthTable.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const QList<QStringList> rows = herb::CsvReader::parse(text, &error);
    for (const QStringList &row : rows) {
        if (row.isEmpty())
            std::abort(); // blank lines are skipped, never returned as empty rows
    }

    herb::TruthTable truth;
    if (truth.parse(text, &error)) {
        for (const herb::TruthTable::Row &row : truth.rows())
            (void)truth.find(row.id);
    }
    return 0;
}
