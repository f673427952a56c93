#pragma once

#include "FlagWindow.h"
#include "TrustCheck.h"

namespace herb {

// Check 3: the catalogNumber against the barcode read on the sheet. The vision engine reads
// the sheet's barcodes with ZBar and marks a record whose catalogNumber is not among them
// (extra.barcodes, extra.catalogNumber_barcode_mismatch; OpenAiCompatibleEngine). Here they
// are compared ignoring case, blanks and punctuation ("DAO 000123" is barcode DAO000123), the
// record is flagged (barcode_mismatch:catalogNumber), and over the last 50 records with both a
// barcode and a catalogNumber a share above 20 % (at least 5 such records) warns
// barcode_mismatch. The offline engine takes the catalogNumber from the barcode itself, so it
// never disagrees.
class BarcodeCheck final : public TrustCheck
{
public:
    static constexpr WindowRule kRule { 50, 1, 0.2, 5 };

    void inspect(const SpecimenRecord &record, TrustFindings &findings) override;
    void seed(const SpecimenRecord &record) override;
    int seedDepth() const override { return -1; } // the window counts records with a barcode

    // The barcodes read on the sheet (strings or {"data": ...} objects in extra.barcodes).
    static QStringList barcodesOf(const SpecimenRecord &record);
    // Whether the record takes part (a barcode and a catalogNumber), and whether they differ;
    // the review workbench shows a catalogNumber the barcode confirms as the barcode's.
    static std::optional<bool> mismatch(const SpecimenRecord &record, QStringList *barcodes);

private:
    FlagWindow m_window { kRule };
};

} // namespace herb
