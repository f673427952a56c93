#pragma once

#include <QFrame>

class QLabel;

namespace herb {

// One figure of the dashboard: a small caption above a large value.
class StatTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    QString value() const;
    QString detail() const;

private:
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace herb
