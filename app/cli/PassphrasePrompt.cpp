#include "PassphrasePrompt.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace pf::cli {

namespace {

// The terminal's echo, off for as long as this lives.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

QString readLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString ask(const char *prompt)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    QString answer;
    {
        const EchoOff quiet;
        answer = readLine();
    }
    std::fputs("\n", stderr);
    return answer;
}

} // namespace

Result<QString> PassphrasePrompt::read(const QString &passphraseFile, bool confirm)
{
    QString passphrase;
    if (!passphraseFile.isEmpty()) {
        QFile f(passphraseFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::FileUnreadable,
                         QStringLiteral("cannot read the passphrase file %1: %2")
                             .arg(QDir::toNativeSeparators(passphraseFile), f.errorString())};
        passphrase = QString::fromUtf8(f.readLine(4096)).remove(u'\n').remove(u'\r');
    } else if (isatty(STDIN_FILENO)) {
        passphrase =
            ask(confirm ? "New passphrase for your signing key: " : "Passphrase of your signing key: ");
        if (confirm && ask("The same passphrase again: ") != passphrase)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("the two passphrases differ")};
    } else {
        passphrase = readLine();
    }
    if (passphrase.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no passphrase was given")};
    return passphrase;
}

} // namespace pf::cli
