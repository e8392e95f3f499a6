#pragma once

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pf {

// What the Settings page shows and changes: where the data lives, which language the app speaks and in
// which colours.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SettingsController is built by the application")
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QUrl dataDirUrl READ dataDirUrl CONSTANT)
    // The data folder is a throw-away copy made for --sample.
    Q_PROPERTY(bool sample READ isSample CONSTANT)
    Q_PROPERTY(QString languageName READ languageName CONSTANT)
    // "" follows the system; otherwise one of the codes in languageOptions.
    Q_PROPERTY(QString languagePreference READ languagePreference WRITE setLanguagePreference NOTIFY
                   languagePreferenceChanged)
    // {value, text} pairs for the language ComboBox, "" (the system's language) first.
    Q_PROPERTY(QVariantList languageOptions READ languageOptions CONSTANT)
    // A different language was chosen; it applies when Pathfolio starts again.
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY languagePreferenceChanged)
    // "" follows the system's light or dark colours; "light" and "dark" override them, at once.
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    // {value, text} pairs for the theme ComboBox, "" (the system's) first.
    Q_PROPERTY(QVariantList themeOptions READ themeOptions CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    SettingsController(QString dataDir, QString language, bool sample, QObject *parent = nullptr);

    QString dataDir() const { return m_dataDir; }
    QUrl dataDirUrl() const;
    bool isSample() const { return m_sample; }
    QString languageName() const;
    QString languagePreference() const { return m_preference; }
    void setLanguagePreference(const QString &code);
    QVariantList languageOptions() const;
    bool restartNeeded() const { return m_preference != m_startPreference; }
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QVariantList themeOptions() const;

    // Starts a second Pathfolio on a throw-away sample portfolio, leaving this one as it is; false when
    // it could not be started.
    Q_INVOKABLE bool openSamplePortfolio() const;
    QString version() const;

signals:
    void languagePreferenceChanged();
    void themeChanged();

private:
    QString m_dataDir;
    QString m_language;
    bool m_sample = false;
    QString m_preference;
    QString m_startPreference;
    QString m_theme;
};

} // namespace pf
