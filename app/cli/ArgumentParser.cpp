#include "ArgumentParser.h"

namespace pf::cli {

ArgumentParser::ArgumentParser(QString usage, QString summary)
    : m_usage(std::move(usage)), m_summary(std::move(summary))
{
    addFlag(QStringLiteral("help"), QStringLiteral("show this help"));
}

void ArgumentParser::addFlag(const QString &name, const QString &help)
{
    add({name, {}, help, false});
}

void ArgumentParser::addOption(const QString &name, const QString &valueName, const QString &help,
                               bool repeatable)
{
    add({name, valueName, help, repeatable});
}

void ArgumentParser::add(const Option &option)
{
    // A command's own option of the same name wins over a general one (export --json OUT is a file).
    for (Option &o : m_options) {
        if (o.name == option.name) {
            o = option;
            return;
        }
    }
    m_options.append(option);
}

bool ArgumentParser::isFlag(const QString &name) const
{
    const Option *o = find(name);
    return o && o->valueName.isEmpty();
}

const ArgumentParser::Option *ArgumentParser::find(const QString &name) const
{
    for (const Option &o : m_options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

bool ArgumentParser::parse(const QStringList &arguments)
{
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositionals || !arg.startsWith(QStringLiteral("--")) || arg == u"-") {
            m_positionals << arg;
            continue;
        }
        if (arg == u"--") {
            onlyPositionals = true;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        const Option *option = find(name);
        if (!option) {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return false;
        }
        if (m_values.contains(name) && !option->repeatable) {
            m_error = QStringLiteral("--%1 is given more than once").arg(name);
            return false;
        }
        if (option->valueName.isEmpty()) {
            if (hasInlineValue) {
                m_error = QStringLiteral("--%1 takes no value").arg(name);
                return false;
            }
            m_values[name] << QString();
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size()) {
                m_error = QStringLiteral("--%1 needs a value (%2)").arg(name, option->valueName);
                return false;
            }
            inlineValue = arguments.at(++i);
        }
        m_values[name] << inlineValue;
    }
    return true;
}

QString ArgumentParser::helpText() const
{
    QString text = QStringLiteral("Usage: pathfolio-cli [--data-dir DIR] %1\n\n%2\n\nOptions:\n")
                       .arg(m_usage, m_summary);
    for (const Option &o : m_options) {
        QString left = QStringLiteral("  --") + o.name;
        if (!o.valueName.isEmpty())
            left += u' ' + o.valueName;
        if (o.repeatable)
            left += QStringLiteral(" ...");
        text += left.leftJustified(30) + u' ' + o.help + u'\n';
    }
    return text;
}

} // namespace pf::cli
