#include "ItemText.h"

#include "domain/ItemRef.h"

#include <QJsonArray>

namespace pf::cli {

namespace {

QString hoursText(int centiHours)
{
    return QString::number(centiHours / 100.0, 'f', 2);
}

} // namespace

QString ItemText::summaryLine(const QJsonObject &o)
{
    const QString id = o.value(QStringLiteral("id")).toString();
    const auto ref = ItemRef::parse(id);
    QStringList parts{id};
    const auto add = [&](const QString &key) {
        const QString v = o.value(key).toString();
        if (!v.isEmpty())
            parts << v;
    };
    switch (ref ? ref->kind : ItemKind::Evidence) {
    case ItemKind::Evidence:
        add(QStringLiteral("date"));
        add(QStringLiteral("title"));
        add(QStringLiteral("course"));
        break;
    case ItemKind::Placement:
        add(QStringLiteral("start"));
        parts << o.value(QStringLiteral("role")).toString() + QStringLiteral(" at ") +
                     o.value(QStringLiteral("organisation")).toString();
        add(QStringLiteral("kind"));
        break;
    case ItemKind::LogEntry:
        add(QStringLiteral("date"));
        parts << hoursText(qRound(o.value(QStringLiteral("hours")).toDouble() * 100)) + QStringLiteral(" h");
        add(QStringLiteral("activities"));
        break;
    case ItemKind::Evaluation:
        add(QStringLiteral("date"));
        parts << o.value(QStringLiteral("evaluator")).toObject().value(QStringLiteral("name")).toString();
        break;
    case ItemKind::Competency:
        add(QStringLiteral("code"));
        add(QStringLiteral("title"));
        parts << o.value(QStringLiteral("framework")).toObject().value(QStringLiteral("name")).toString();
        break;
    case ItemKind::Credential:
        add(QStringLiteral("format"));
        add(QStringLiteral("name"));
        add(QStringLiteral("issuer"));
        add(QStringLiteral("result"));
        break;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  "));
}

QString ItemText::detailText(const QJsonObject &item, int indent)
{
    QString text;
    const QString pad(indent, u' ');
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isObject()) {
            text += pad + it.key() + QStringLiteral(":\n") + detailText(v.toObject(), indent + 2);
        } else if (v.isArray()) {
            const QJsonArray array = v.toArray();
            if (array.isEmpty())
                continue;
            text += pad + it.key() + QStringLiteral(":\n");
            for (const QJsonValue &element : array) {
                if (element.isObject())
                    text += pad + QStringLiteral("  -\n") + detailText(element.toObject(), indent + 4);
                else
                    text += pad + QStringLiteral("  - ") + element.toVariant().toString() + u'\n';
            }
        } else if (!v.isNull() && !v.toVariant().toString().isEmpty()) {
            text += pad + it.key() + QStringLiteral(": ") + v.toVariant().toString() + u'\n';
        }
    }
    return text;
}

} // namespace pf::cli
