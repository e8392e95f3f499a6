#pragma once

#include "FormController.h"

#include <QVariantList>

namespace pf {

class Store;

// The learner's profile on the Settings page: the name an exported portfolio shows, and the identifiers
// that badges' recipients are checked against.
class ProfileController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ProfileController is built by the application")
    Q_PROPERTY(QString name READ name NOTIFY nameChanged)
    // {value, text} pairs for the kind ComboBox, e-mail first.
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)

public:
    explicit ProfileController(Store &store, QObject *parent = nullptr);

    QString name() const { return m_name; }
    QVariantList kindOptions() const;

    // Keeps the name (trimmed; empty clears it); the error goes under the field "profileName".
    Q_INVOKABLE bool saveName(const QString &name);
    // Adds an identifier of kind; the error goes under the field "identifier", worded for the kind.
    Q_INVOKABLE bool addIdentifier(const QString &kind, const QString &value);
    Q_INVOKABLE bool removeIdentifier(const QString &kind, const QString &value);
    // An example of an identifier of kind, for the field's placeholder.
    Q_INVOKABLE QString example(const QString &kind) const;

    // Reads the name from the store again.
    void refresh();

signals:
    void nameChanged();

private:
    Store &m_store;
    QString m_name;
};

} // namespace pf
