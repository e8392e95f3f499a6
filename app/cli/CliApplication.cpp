#include "CliApplication.h"

#include "CliOutput.h"
#include "CredentialCommands.h"
#include "ExportCommands.h"
#include "ItemCommands.h"
#include "PackCommands.h"
#include "QueryCommands.h"
#include "RdfCommands.h"
#include "VerifyCommands.h"
#include "store/Store.h"

#include <optional>

namespace pf::cli {

namespace {

// "1048576", "512K", "512M" or "2G" in bytes.
std::optional<qint64> parseByteSize(const QString &text)
{
    static const QString suffixes = QStringLiteral("KMG");
    QString digits = text.trimmed().toUpper();
    qint64 factor = 1;
    if (!digits.isEmpty() && suffixes.contains(digits.back())) {
        factor = qint64(1) << (10 * (suffixes.indexOf(digits.back()) + 1));
        digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value * factor;
}

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{
    m_commands << VerifyCommands::commands() << CredentialCommands::commands() << ItemCommands::commands()
               << QueryCommands::commands() << RdfCommands::commands() << ExportCommands::commands()
               << PackCommands::commands();
}

QString CliApplication::overview() const
{
    QString text = QStringLiteral(
        "Usage: pathfolio-cli [--data-dir DIR] COMMAND [ARGS]\n\n"
        "Pathfolio keeps a learner's evidence, internship logs, competencies and credentials\n"
        "in a local store. The store is DIR, else $PATHFOLIO_DATA_DIR, else the user's data folder.\n"
        "Files over $PATHFOLIO_MAX_FILE_SIZE (default 512M) are refused.\n\n"
        "Commands:\n");
    for (const Command &c : m_commands)
        text += (QStringLiteral("  ") + c.name).leftJustified(22) + u' ' + c.summary + u'\n';
    text += QStringLiteral(
        "\n'pathfolio-cli COMMAND --help' describes a command's options.\n"
        "Exit status: 0 success, 1 an input was invalid or refused, 2 a usage or I/O error.\n");
    return text;
}

int CliApplication::run(const QStringList &arguments)
{
    CliOutput output(m_out, m_err);
    QStringList args = arguments;
    QString dataDir;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QStringLiteral("--"))) {
        const QString option = args.takeFirst();
        if (option == u"--help") {
            output.line(overview());
            return Success;
        }
        if (option == u"--version") {
            output.line(QStringLiteral("pathfolio-cli " PATHFOLIO_VERSION));
            return Success;
        }
        if (option == u"--data-dir" && !args.isEmpty()) {
            dataDir = args.takeFirst();
        } else if (option.startsWith(QStringLiteral("--data-dir="))) {
            dataDir = option.mid(11);
        } else {
            return output.usage(QStringLiteral("unknown or incomplete option %1").arg(option), overview());
        }
    }
    if (args.isEmpty())
        return output.usage(QStringLiteral("no command given"), overview());

    // The longest command name that the arguments start with ("evidence add" before "evidence").
    const Command *command = nullptr;
    qsizetype words = 0;
    for (const Command &c : m_commands) {
        const QStringList name = c.name.split(u' ');
        if (name.size() > words && args.mid(0, name.size()) == name) {
            command = &c;
            words = name.size();
        }
    }
    if (!command)
        return output.usage(QStringLiteral("unknown command \"%1\"").arg(args.mid(0, 2).join(u' ')),
                            overview());

    ArgumentParser parser(command->name + u' ' + command->usage, command->summary);
    parser.addFlag(QStringLiteral("json"), QStringLiteral("print the result as JSON on stdout"));
    if (command->declareOptions)
        command->declareOptions(parser);
    const bool parsed = parser.parse(args.mid(words));
    output.setJson(parser.isFlag(QStringLiteral("json")) && parser.isSet(QStringLiteral("json")));
    if (!parsed)
        return output.usage(parser.errorString(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        output.line(parser.helpText());
        return Success;
    }

    Store::Options options;
    if (const QString limit = qEnvironmentVariable("PATHFOLIO_MAX_FILE_SIZE"); !limit.isEmpty()) {
        const auto bytes = parseByteSize(limit);
        if (!bytes)
            return output.usage(
                QStringLiteral("PATHFOLIO_MAX_FILE_SIZE \"%1\" is not a size such as 512M").arg(limit),
                overview());
        options.maxFileSize = *bytes;
    }
    auto store = Store::open(Store::resolveDataDir(dataDir), options);
    if (!store)
        return output.fail(store.error());
    return command->run(**store, output, parser);
}

} // namespace pf::cli
