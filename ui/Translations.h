#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace pf {

// Installs Pathfolio's and Qt's translations for the learner's language: the one chosen in Settings,
// else the system's.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // preference is a language code such as "de", or empty to follow the system. Call once, before any
    // text is shown. Returns the language now in use ("en" when no translation matched).
    QString install(const QString &preference);
    QString language() const { return m_language; }

    // The languages Pathfolio speaks, as codes, English first.
    static QStringList available();
    // "Deutsch" for "de": each language named in itself.
    static QString nativeName(const QString &code);

    // The choice made in Settings, kept between runs; empty follows the system.
    static QString savedPreference();
    static void savePreference(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_language = QStringLiteral("en");
};

} // namespace pf
