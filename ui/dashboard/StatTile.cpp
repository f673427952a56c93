#include "dashboard/StatTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace herb {

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(caption);
    auto *title = new QLabel(caption, this);
    QFont small = title->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    title->setFont(small);
    m_detail->setFont(small);
    QFont large = m_value->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_value->setFont(large);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void StatTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::detail() const
{
    return m_detail->text();
}

} // namespace herb
