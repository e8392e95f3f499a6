#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pf::cli {

// Parses one command's arguments: --flag, --option VALUE, --option=VALUE (repeatable) and positionals.
class ArgumentParser
{
public:
    struct Option
    {
        QString name;      // without the dashes
        QString valueName; // empty for a flag
        QString help;
        bool repeatable = false;
    };

    ArgumentParser(QString usage, QString summary);

    void addFlag(const QString &name, const QString &help);
    void addOption(const QString &name, const QString &valueName, const QString &help,
                   bool repeatable = false);

    // False with errorString() set for an unknown option, a missing value or a repeated single option.
    bool parse(const QStringList &arguments);
    QString errorString() const { return m_error; }

    bool isSet(const QString &name) const { return m_values.contains(name); }
    // A declared option that takes no value.
    bool isFlag(const QString &name) const;
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    QStringList positionals() const { return m_positionals; }

    QString helpText() const;

private:
    void add(const Option &option);
    const Option *find(const QString &name) const;

    QString m_usage;
    QString m_summary;
    QList<Option> m_options;
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
    QString m_error;
};

} // namespace pf::cli
