#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace herb {

// The truth.csv of a scoring run: a header row, then one row per specimen. The first column
// is the specimen id (a relative path) or a file name; an optional column named file,
// file_name, filename or image also names the file. Every other column is a Darwin Core term
// (or a column mapped to one when scoring). Commas, semicolons or tabs separate the cells (the
// header line tells which); a file that is not UTF-8 is read as Latin-1, with a warning.
// Refused: two columns with the same name, a table with no specimen rows. A repeated specimen
// id keeps its first row, with a warning.
class TruthTable
{
public:
    struct Row
    {
        QString id; // first column
        QString fileName; // file column, or the id when there is none
        QMap<QString, QString> terms;
    };

    bool load(const QString &path, QString *error = nullptr);
    bool parse(const QString &csvText, QString *error = nullptr);

    const QList<Row> &rows() const { return m_rows; }
    // The term columns in the file's order.
    QStringList terms() const { return m_terms; }
    // What was read in a way the user should know about (encoding, repeated ids).
    QStringList warnings() const { return m_warnings; }

    // "https://host/box1/a.jpg?dl=1" or "box1\\a.jpg" -> "a.jpg".
    static QString baseName(const QString &path);

    // The row for a record's specimen id: equal ids first, then equal file names without
    // folders. A file name shared by several rows matches none of them (it would be a guess).
    std::optional<Row> find(const QString &specimenId) const;

private:
    QList<Row> m_rows;
    QStringList m_terms;
    QStringList m_warnings;
};

} // namespace herb
