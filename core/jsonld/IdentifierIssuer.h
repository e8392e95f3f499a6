#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace pf {

// Issues blank node identifiers with a prefix and a counter, remembering the order (RDFC-1.0 section 4.5).
class IdentifierIssuer
{
public:
    explicit IdentifierIssuer(QString prefix) : m_prefix(std::move(prefix)) {}

    QString issue(const QString &existing)
    {
        if (auto it = m_issued.constFind(existing); it != m_issued.cend())
            return *it;
        const QString id = m_prefix + QString::number(m_counter++);
        m_issued.insert(existing, id);
        m_order.append(existing);
        return id;
    }
    // A fresh identifier that stands for no existing one (JSON-LD's blank nodes for lists and unnamed nodes).
    QString issueNew() { return m_prefix + QString::number(m_counter++); }
    bool has(const QString &existing) const { return m_issued.contains(existing); }
    QString get(const QString &existing) const { return m_issued.value(existing); }
    const QList<QString> &order() const { return m_order; }

private:
    QString m_prefix;
    int m_counter = 0;
    QHash<QString, QString> m_issued;
    QList<QString> m_order;
};

} // namespace pf
