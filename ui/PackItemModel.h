#pragma once

#include "ListModel.h"
#include "domain/ApplicationPack.h"
#include "domain/ItemKind.h"

#include <QSet>
#include <QVariantMap>

namespace pf {

class Store;

// Everything in the portfolio a pack can hold (badges, evidence, internships, competencies), each with
// whether it is chosen: the list behind choosing what an application pack holds.
class PackItemModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PackItemModel is built by the application")
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY selectionChanged)
    // What is chosen, in words: "2 badges, 1 piece of evidence".
    Q_PROPERTY(QString summary READ summary NOTIFY selectionChanged)
    // Only the items whose title or detail holds these words (ignoring case) are listed; what is chosen
    // stays chosen while hidden.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole, // unique across kinds
        KindRole,               // "credential", "evidence", "placement", "competency"
        SectionRole,            // the heading of the kind, for the view's sections
        ItemIdRole,
        TitleRole,
        DetailRole,
        ChosenRole,
    };
    Q_ENUM(Roles)

    explicit PackItemModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = ChosenRole) override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

    int chosenCount() const;
    QString summary() const;
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    // Rows outside the list are ignored.
    Q_INVOKABLE void setChosen(int row, bool chosen);
    // Chooses every listed item of kind ("credential", ...), or every listed item when kind is empty; or
    // none.
    Q_INVOKABLE void chooseAll(const QString &kind, bool chosen);
    // Chooses what form (PackController's) lists: credentialIds, evidenceIds, placementIds, competencyIds.
    Q_INVOKABLE void choose(const QVariantMap &form);
    // The chosen items as those four lists of a PackController form, in the order of the list, listed or
    // hidden by the filter.
    Q_INVOKABLE QVariantMap selection() const;

    // "2 badges, 1 piece of evidence" for what pack holds; "Nothing chosen" when it holds nothing.
    static QString summaryOf(const ApplicationPack &pack);

signals:
    void selectionChanged();
    void filterChanged();

private:
    struct Row
    {
        ItemKind kind;
        qint64 id = 0;
        QString title;
        QString detail;
    };

    static qint64 keyOf(ItemKind kind, qint64 id);
    qint64 idAt(int row) const override;
    bool isChosen(const Row &row) const { return m_chosen.contains(keyOf(row.kind, row.id)); }
    // The chosen ids changed without the rows: tell the views and the summary.
    void announceChoice();
    bool matches(const Row &row) const;
    // Lists the items of m_all that the filter lets through.
    void showMatching();

    Store &m_store;
    QList<Row> m_all;  // every item, in the order of the list
    QList<Row> m_rows; // those listed
    QString m_filter;
    QSet<qint64> m_chosen; // keyOf(kind, id)
};

} // namespace pf
