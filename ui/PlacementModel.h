#pragma once

#include "ListModel.h"
#include "domain/Placement.h"

namespace pf {

class Store;

// The learner's placements (internships and the like), latest first, with their logged hours.
class PlacementModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PlacementModel is built by the application")

public:
    enum Roles {
        IdRole = Qt::UserRole,
        OrganisationRole,
        RoleTitleRole,
        KindRole,
        KindLabelRole,
        SupervisorNameRole,
        SupervisorTitleRole,
        SupervisorEmailRole,
        StartDateRole,
        EndDateRole,
        PeriodTextRole,
        OngoingRole,
        LocationRole,
        DescriptionRole,
        CentiHoursRole,
        TotalHoursTextRole,
        EntryCountRole,
        EvaluationCountRole,
    };
    Q_ENUM(Roles)

    explicit PlacementModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

private:
    struct Row
    {
        Placement item;
        int centiHours = 0;
        int entryCount = 0;
        int evaluationCount = 0;
    };

    qint64 idAt(int row) const override;

    Store &m_store;
    QList<Row> m_rows;
};

} // namespace pf
