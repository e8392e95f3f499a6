#pragma once

#include "ListModel.h"
#include "domain/Evidence.h"

#include <QStringList>

namespace pf {

class Store;

// The learner's evidence items, newest first, with what the Evidence page shows of each.
class EvidenceModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EvidenceModel is built by the application")

public:
    enum Roles {
        IdRole = Qt::UserRole,
        TitleRole,
        KindRole,
        KindLabelRole,
        UrlRole,
        DescriptionRole,
        ReflectionRole,
        CourseRole,
        TermRole,
        DateRole,
        DateTextRole,
        ContextTextRole,
        TagsRole,
        FilesRole,
        FileCountRole,
        CompetencyIdsRole,
        CompetencyTitlesRole,
    };
    Q_ENUM(Roles)

    explicit EvidenceModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

private:
    struct Row
    {
        Evidence item;
        QStringList competencyTitles;
    };

    qint64 idAt(int row) const override;
    QVariantList files(const Evidence &item) const;

    Store &m_store;
    QList<Row> m_rows;
};

} // namespace pf
