#include "NavigationModel.h"

namespace pf {

NavigationModel::NavigationModel(QObject *parent) : QAbstractListModel(parent)
{
    const auto page = [](const char *key, const char *icon, const char *file) {
        return Page{QString::fromLatin1(key), QString::fromLatin1(icon), QString::fromLatin1(file)};
    };
    m_pages = {page("home", "home", "HomePage.qml"),
               page("evidence", "evidence", "EvidencePage.qml"),
               page("internships", "internship", "InternshipsPage.qml"),
               page("badges", "badge", "BadgesPage.qml"),
               page("competencies", "competency", "CompetenciesPage.qml"),
               page("verify", "verify", "VerifyPage.qml"),
               page("export", "export", "ExportPage.qml"),
               page("settings", "settings", "SettingsPage.qml")};
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QString NavigationModel::title(const QString &key) const
{
    if (key == u"home")
        return tr("Home");
    if (key == u"evidence")
        return tr("Evidence");
    if (key == u"internships")
        return tr("Internships");
    if (key == u"badges")
        return tr("Badges");
    if (key == u"competencies")
        return tr("Competencies");
    if (key == u"verify")
        return tr("Verify");
    if (key == u"export")
        return tr("Export");
    if (key == u"settings")
        return tr("Settings");
    return key;
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Page &page = m_pages.at(index.row());
    switch (role) {
    case KeyRole:
        return page.key;
    case Qt::DisplayRole:
    case TitleRole:
        return title(page.key);
    case IconRole:
        return page.icon;
    case FileRole:
        return page.file;
    default:
        return {};
    }
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    return {{KeyRole, "key"}, {TitleRole, "title"}, {IconRole, "iconName"}, {FileRole, "file"}};
}

void NavigationModel::setCurrentIndex(int index)
{
    if (index < 0 || index >= count() || index == m_currentIndex)
        return;
    m_currentIndex = index;
    emit currentIndexChanged();
}

QString NavigationModel::currentKey() const
{
    return keyAt(m_currentIndex);
}

QString NavigationModel::keyAt(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index).key : QString();
}

bool NavigationModel::show(const QString &key)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).key == key) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace pf
