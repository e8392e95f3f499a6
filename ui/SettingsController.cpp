#include "SettingsController.h"

#include "ThemePalette.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QVariantMap>

namespace pf {

SettingsController::SettingsController(QString dataDir, QString language, bool sample, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_language(std::move(language)), m_sample(sample),
      m_preference(Translations::savedPreference()), m_startPreference(m_preference),
      m_theme(ThemePalette::savedChoice())
{
    if (!m_theme.isEmpty())
        ThemePalette::apply(m_theme);
}

QUrl SettingsController::dataDirUrl() const
{
    return QUrl::fromLocalFile(m_dataDir);
}

QString SettingsController::languageName() const
{
    return Translations::nativeName(m_language);
}

void SettingsController::setLanguagePreference(const QString &code)
{
    if (code == m_preference || !(code.isEmpty() || Translations::available().contains(code)))
        return;
    m_preference = code;
    Translations::savePreference(code);
    emit languagePreferenceChanged();
}

QVariantList SettingsController::languageOptions() const
{
    QVariantList options{QVariantMap{{QStringLiteral("value"), QString()},
                                     {QStringLiteral("text"), tr("Same as the system")}}};
    for (const QString &code : Translations::available())
        options << QVariantMap{{QStringLiteral("value"), code},
                               {QStringLiteral("text"), Translations::nativeName(code)}};
    return options;
}

void SettingsController::setTheme(const QString &theme)
{
    if (theme == m_theme || !ThemePalette::choices().contains(theme))
        return;
    m_theme = theme;
    ThemePalette::saveChoice(theme);
    ThemePalette::apply(theme);
    emit themeChanged();
}

QVariantList SettingsController::themeOptions() const
{
    const QStringList texts{tr("Same as the system"), tr("Light"), tr("Dark")};
    QVariantList options;
    const QStringList choices = ThemePalette::choices();
    for (qsizetype i = 0; i < choices.size(); ++i)
        options << QVariantMap{{QStringLiteral("value"), choices.at(i)},
                               {QStringLiteral("text"), texts.at(i)}};
    return options;
}

bool SettingsController::openSamplePortfolio() const
{
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--sample")});
}

QString SettingsController::version() const
{
    return QCoreApplication::applicationVersion();
}

} // namespace pf
