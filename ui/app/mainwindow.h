// SPDX-License-Identifier: MIT
#pragma once

#include "store/project.h"

#include <QMainWindow>

#include <memory>

class QTableView;
class QMenu;
class QLabel;

namespace factline {

class DocumentModel;
class ReaderView;

// The desktop program's window: the open project's documents beside the article
// reader, with the File and Help menus. One project is open at a time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; an error is shown to the user and returned as false.
    bool openProject(const QString &path);
    Project *project() const { return m_project.get(); }
    QTableView *documentsView() const { return m_documents; }
    ReaderView *reader() const { return m_reader; }

    // Imports files into the open project; failures are listed to the user by name.
    void importFiles(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void newProject();
    void chooseProject();
    void chooseImport();
    void updateRecentMenu();
    void showSelectedDocument();
    void showError(const QString &title, const QString &message);

    std::unique_ptr<Project> m_project;
    DocumentModel *m_documentModel = nullptr;
    QTableView *m_documents = nullptr;
    ReaderView *m_reader = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace factline
