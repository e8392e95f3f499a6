#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace pf {

namespace {

const QString kPreferenceKey = QStringLiteral("ui/language");

} // namespace

Translations::~Translations()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

QString Translations::install(const QString &preference)
{
    QLocale locale = QLocale::system();
    if (available().contains(preference)) {
        locale = QLocale(preference);
        // Dates and numbers then read the way the chosen language writes them.
        QLocale::setDefault(locale);
    }
    m_language = QStringLiteral("en");
    // No translation for the locale (or the C locale): English, whose file holds its plural forms.
    if (m_app.load(locale, QStringLiteral("pathfolio"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        m_app.load(QStringLiteral("pathfolio_en"), QStringLiteral(":/i18n"))) {
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
        if (m_appInstalled)
            m_language = m_app.language().section(u'_', 0, 0);
    }
    // Qt's own strings (standard buttons, file dialogs) when the system has them.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    return m_language;
}

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString Translations::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Translations::savedPreference()
{
    return QSettings().value(kPreferenceKey).toString();
}

void Translations::savePreference(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kPreferenceKey);
    else
        settings.setValue(kPreferenceKey, code);
}

} // namespace pf
