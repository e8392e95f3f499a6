#pragma once

#include "ListModel.h"
#include "domain/Competency.h"

namespace pf {

class Store;

// The competencies, grouped by framework, with how much evidence and logged time shows each one.
class CompetencyModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CompetencyModel is built by the application")

public:
    enum Roles {
        IdRole = Qt::UserRole,
        CodeRole,
        TitleRole,
        LabelRole,
        DescriptionRole,
        FrameworkRole,
        FrameworkUrlRole,
        EvidenceCountRole,
        CentiHoursRole,
        HoursTextRole,
    };
    Q_ENUM(Roles)

    explicit CompetencyModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

private:
    struct Row
    {
        Competency item;
        int evidenceCount = 0;
        int centiHours = 0;
    };

    qint64 idAt(int row) const override;

    Store &m_store;
    QList<Row> m_rows;
};

} // namespace pf
