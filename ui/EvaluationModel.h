#pragma once

#include "ListModel.h"
#include "domain/Evaluation.h"

namespace pf {

class Store;

// The supervisor evaluations of one placement, oldest first, with each competency's rating.
class EvaluationModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EvaluationModel is built by the application")
    // The placement whose evaluations these are; 0 shows none.
    Q_PROPERTY(qint64 placementId READ placementId WRITE setPlacementId NOTIFY placementIdChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole,
        DateRole,
        DateTextRole,
        EvaluatorNameRole,
        EvaluatorTitleRole,
        RubricRole,
        ScaleMinRole,
        ScaleMaxRole,
        ScaleTextRole,
        RatingsRole,
        CommentsRole,
    };
    Q_ENUM(Roles)

    explicit EvaluationModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 placementId() const { return m_placementId; }
    void setPlacementId(qint64 id);

    void reload() override;

signals:
    void placementIdChanged();

private:
    qint64 idAt(int row) const override;
    QVariantList ratings(const Evaluation &item) const;

    Store &m_store;
    qint64 m_placementId = 0;
    QList<Evaluation> m_rows;
    QHash<qint64, QString> m_competencyTitles;
};

} // namespace pf
