#include "alerts/StoppedDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace herb {

namespace {

QString percent(double rate)
{
    return QLocale().toString(std::round(rate * 1000.0) / 10.0, 'g', 4) + QStringLiteral(" %");
}

QString errorLine(const QString &specimen, const SpecimenError &error)
{
    QString text = specimen + QStringLiteral(" — ") + nameOf(error.kind);
    if (error.status > 0)
        text += QLatin1Char(' ') + QString::number(error.status);
    if (!error.message.isEmpty())
        text += QStringLiteral(": ") + error.message;
    return text;
}

} // namespace

StoppedDialog::StoppedDialog(const RunSummary &summary, const QString &runFolder, QWidget *parent)
    : QDialog(parent)
    , m_runFolder(runFolder)
    , m_explanation(new QLabel(explanation(summary), this))
    , m_setup(new QLabel(setupText(summary), this))
    , m_errors(new QListWidget(this))
    , m_openLog(new QPushButton(tr("Open &Event Log"), this))
    , m_openFolder(new QPushButton(tr("Open Run &Folder"), this))
    , m_showFailed(new QPushButton(tr("Show Failed &Specimens"), this))
{
    m_openLog->setObjectName(QStringLiteral("openLog"));
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_showFailed->setObjectName(QStringLiteral("showFailed"));
    setWindowTitle(tr("Extraction stopped"));
    setModal(true);
    setAccessibleName(tr("Extraction stopped"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    QFont bold = m_explanation->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_explanation->setFont(bold);
    m_explanation->setWordWrap(true);
    m_explanation->setAccessibleName(tr("Reason"));
    m_setup->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_setup->setAccessibleName(tr("Prompt and model"));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_explanation, 1);

    for (const auto &[specimen, error] : summary.firstErrors())
        m_errors->addItem(errorLine(specimen, error));
    m_errors->setAccessibleName(tr("First errors"));
    auto *errorsTitle = new QLabel(tr("First errors:"), this);
    errorsTitle->setVisible(m_errors->count() > 0);
    m_errors->setVisible(m_errors->count() > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openLog, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_showFailed, QDialogButtonBox::ActionRole);
    m_showFailed->setAccessibleName(tr("Show failed specimens"));
    m_showFailed->setToolTip(tr("Close this alert and list the failed specimens with their "
                                "errors and sheets"));
    m_showFailed->setEnabled(summary.metrics().failedCount() > 0);
    // The window lists them (its Specimens tab); the alert only asks and closes.
    connect(m_showFailed, &QPushButton::clicked, this, [this] {
        Q_EMIT showFailedRequested();
        accept();
    });
    m_openLog->setAccessibleName(tr("Open event log"));
    m_openFolder->setAccessibleName(tr("Open run folder"));
    m_openLog->setEnabled(!runFolder.isEmpty());
    m_openFolder->setEnabled(!runFolder.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openLog, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(eventLogUrl()); });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(runFolderUrl()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_setup);
    layout->addWidget(errorsTitle);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(560, m_errors->count() > 0 ? 380 : 220);
}

QString StoppedDialog::explanation(const RunSummary &summary)
{
    const std::optional<ExtractionFailed> &failure = summary.failure();
    const std::optional<ValidationCheckpoint> &checkpoint = summary.checkpoint();
    if (!failure)
        return tr("The run ended without closing its event log.");
    const std::optional<ValidationCheckpoint> &controls = summary.controlCheckpoint();
    if (failure->reason == FailureReason::EarlyValidationFailed && controls && !controls->passed)
        return tr("The control sheets were read wrongly: %1 of %2 known values exact (%3, below "
                  "the %4 threshold). The model's records cannot be trusted; the run was "
                  "stopped.")
            .arg(controls->fieldsExact)
            .arg(controls->fieldsCompared)
            .arg(percent(controls->accuracy()), percent(controls->threshold));
    if (failure->reason == FailureReason::EarlyValidationFailed && checkpoint) {
        return tr("%1 of the first %2 specimens failed: success %3 is below the %4 threshold. "
                  "The run was stopped before more images were sent.")
            .arg(checkpoint->checked - checkpoint->successCount)
            .arg(checkpoint->checked)
            .arg(percent(checkpoint->successRate), percent(checkpoint->threshold));
    }
    if (failure->reason == FailureReason::FatalError) {
        for (const auto &[specimen, error] : summary.firstErrors()) {
            if (error.kind == ErrorKind::Http && error.status > 0)
                return tr("The server answered HTTP %1, which stops the run: %2")
                    .arg(error.status)
                    .arg(error.message.isEmpty() ? failure->message : error.message);
        }
        return tr("A fatal error stopped the run: %1").arg(failure->message);
    }
    if (failure->reason == FailureReason::PreflightFailed)
        return tr("The run could not start: %1").arg(failure->message);
    if (failure->reason == FailureReason::IoError)
        return tr("The run folder could not be written: %1").arg(failure->message);
    if (failure->reason == FailureReason::Interrupted)
        return tr("The run was stopped on request.");
    if (failure->reason == FailureReason::TrustCheckFailed)
        return tr("The records cannot be trusted, so the run was stopped: %1 The Specimens tab "
                  "shows the flagged records (Flagged only).")
            .arg(failure->message);
    return tr("The run stopped: %1").arg(failure->message);
}

QString StoppedDialog::setupText(const RunSummary &summary)
{
    if (!summary.lastStart())
        return tr("The run stopped before it started extracting.");
    const QJsonObject details = summary.lastStart()->details;
    const QJsonObject prompt = details.value(QLatin1String("prompt")).toObject();
    QStringList lines;
    if (!prompt.isEmpty())
        lines.append(tr("Prompt: %1 (SHA-256 %2)")
                         .arg(prompt.value(QLatin1String("path")).toString(),
                              prompt.value(QLatin1String("sha256")).toString().left(12)));
    const QString engine = details.value(QLatin1String("engine")).toString();
    const QString model = details.value(QLatin1String("model")).toString();
    if (!model.isEmpty())
        lines.append(tr("Model: %1 (%2)").arg(model, engine));
    else if (!engine.isEmpty())
        lines.append(tr("Engine: %1").arg(engine));
    const QString endpoint = details.value(QLatin1String("endpoint")).toString();
    if (!endpoint.isEmpty())
        lines.append(tr("Endpoint: %1").arg(endpoint));
    return lines.join(QLatin1Char('\n'));
}

QString StoppedDialog::explanationText() const
{
    return m_explanation->text();
}

QString StoppedDialog::setupLabelText() const
{
    return m_setup->text();
}

QStringList StoppedDialog::errorLines() const
{
    QStringList lines;
    for (int i = 0; i < m_errors->count(); ++i)
        lines.append(m_errors->item(i)->text());
    return lines;
}

QUrl StoppedDialog::eventLogUrl() const
{
    return QUrl::fromLocalFile(QDir(m_runFolder).filePath(QStringLiteral("events.jsonl")));
}

QUrl StoppedDialog::runFolderUrl() const
{
    return QUrl::fromLocalFile(m_runFolder);
}

} // namespace herb
