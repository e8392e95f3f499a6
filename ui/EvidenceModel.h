#pragma once

#include "ListModel.h"
#include "domain/Evidence.h"
#include "domain/EvidenceQuery.h"

#include <QStringList>

namespace pf {

class Store;

// The learner's evidence items, newest first, narrowed by the Evidence page's search and filters and
// read a page at a time.
class EvidenceModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EvidenceModel is built by the application")
    // Words to find (title, description, reflection, course, tags); each filter narrows further.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString course READ course WRITE setCourse NOTIFY filterChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filterChanged)
    Q_PROPERTY(qint64 competencyId READ competencyId WRITE setCompetencyId NOTIFY filterChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged) // file, link, note or empty
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged) // YYYY-MM-DD
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    // A sentence when a date filter cannot be used as typed (and is therefore not applied), else empty.
    Q_PROPERTY(QString dateProblem READ dateProblem NOTIFY filterChanged)
    Q_PROPERTY(bool filterActive READ filterActive NOTIFY filterChanged)
    // How many items the library holds, whatever the filters.
    Q_PROPERTY(int libraryCount READ libraryCount NOTIFY libraryCountChanged)
    // The choices for the filters: the courses and tags in use, and the competencies ({value: id, text}).
    Q_PROPERTY(QStringList courseOptions READ courseOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList tagOptions READ tagOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList competencyOptions READ competencyOptions NOTIFY optionsChanged)

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
    void fetchMore(const QModelIndex &parent) override;

    void reload() override;
    Q_INVOKABLE void clearFilters();

    QString searchText() const { return m_query.text; }
    void setSearchText(const QString &text);
    QString course() const { return m_query.course; }
    void setCourse(const QString &course);
    QString tag() const { return m_query.tag; }
    void setTag(const QString &tag);
    qint64 competencyId() const { return m_query.competencyId; }
    void setCompetencyId(qint64 id);
    QString kind() const;
    void setKind(const QString &kind);
    QString fromDate() const { return m_fromText; }
    void setFromDate(const QString &date);
    QString toDate() const { return m_toText; }
    void setToDate(const QString &date);
    QString dateProblem() const;
    bool filterActive() const { return !m_query.isEmpty() || !m_fromText.isEmpty() || !m_toText.isEmpty(); }
    int libraryCount() const { return int(m_libraryCount); }
    QStringList courseOptions() const { return m_courses; }
    QStringList tagOptions() const { return m_tags; }
    QVariantList competencyOptions() const { return m_competencyOptions; }

    // What the list is narrowed to now.
    const EvidenceQuery &query() const { return m_query; }

signals:
    void filterChanged();
    void optionsChanged();
    void libraryCountChanged();

private:
    struct Row
    {
        Evidence item;
        QStringList competencyTitles;
    };

    qint64 idAt(int row) const override;
    QVariantList files(const Evidence &item) const;
    QList<Row> toRows(const QList<Evidence> &items) const;
    // Reads the list again from the top after the query changed.
    void applyQuery(const EvidenceQuery &query);
    // Reads the rows the query gives (as many as are loaded, at least a page) and their number.
    void readRows();
    void updateDates();

    Store &m_store;
    QList<Row> m_rows;
    EvidenceQuery m_query;
    QString m_fromText;
    QString m_toText;
    qint64 m_libraryCount = 0;
    QHash<qint64, QString> m_competencyTitles;
    QStringList m_courses;
    QStringList m_tags;
    QVariantList m_competencyOptions;
};

} // namespace pf
