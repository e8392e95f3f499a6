#include "SettingsController.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace pf {

SettingsController::SettingsController(QString dataDir, QString language, bool sample, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_language(std::move(language)), m_sample(sample),
      m_preference(Translations::savedPreference()), m_startPreference(m_preference)
{
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

QString SettingsController::version() const
{
    return QCoreApplication::applicationVersion();
}

} // namespace pf
