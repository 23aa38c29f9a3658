// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinedata.h"
#include "timelinecanvas.h"
#include "store/project.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QScrollBar;
class QSlider;
class QTimer;

namespace factline {


// The timeline of a project's dated events and statements, with its controls (lanes, axes,
// fit, zoom slider) above the painted canvas. It reads the project through the store
// (store/timelinestore.h) into an in-memory index and reloads when the project changes.
// Selection goes both ways: a click emits eventSelected/claimSelected; selectEvent and
// selectClaim (from the tables, the reader) select and centre without emitting.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(Project *project = nullptr, QWidget *parent = nullptr);
    ~TimelineView() override;

    // Shows a project (not owned; nullptr shows nothing) and fits it into view.
    Status setProject(Project *project);
    Project *project() const { return m_project; }
    // Reads the project again, keeping the view and the selection.
    Status reload();
    // The same in a worker thread with its own connection, for big projects: the window
    // stays responsive and the current timeline stays on screen until the new one is ready.
    void reloadInBackground();
    bool isLoading() const { return m_loadsRunning > 0; }

    void setLaneMode(timeline::LaneMode mode);
    timeline::LaneMode laneMode() const;
    void setAxes(TimelineCanvas::Axes axes);
    TimelineCanvas::Axes axes() const { return m_canvas->axes(); }
    // What the main window's filters and search leave; an empty filter shows everything.
    void setFilter(const timeline::TimelineFilter &filter);

    qint64 selectedEventId() const;  // 0: none
    qint64 selectedClaimId() const;

    // The visible timeline as an image (twice the screen's pixels) or as SVG, written
    // atomically; errors come back as sentences.
    Status exportPng(const QString &path);
    Status exportSvg(const QString &path);

    TimelineCanvas *canvas() const { return m_canvas; }
    const timeline::TimelineIndex *index() const { return m_index.get(); }

public slots:
    void selectEvent(qint64 eventId);
    void selectClaim(qint64 claimId);
    void clearSelection();
    void fitAll();
    void zoomToSelection();
    void zoomIn();
    void zoomOut();

signals:
    void eventSelected(qint64 eventId);
    void claimSelected(qint64 claimId);
    void selectionCleared();
    // Double-click on an event: the window offers the (undoable) date edit.
    void editEventDatesRequested(qint64 eventId);
    // A reload after a change in the project failed; the message is for the user.
    void loadFailed(const QString &message);
    // A load (in either way) finished and the timeline shows it.
    void loaded();

private:
    void adopt(std::unique_ptr<timeline::TimelineIndex> index, bool fit);
    void buildControls();
    void selectItem(timeline::ItemKind kind, qint64 id);
    void onItemClicked(qsizetype item);
    void syncSlider();
    void sliderMoved(int value);
    void scheduleReload();

    QPointer<Project> m_project;
    std::unique_ptr<timeline::TimelineIndex> m_index;
    TimelineCanvas *m_canvas = nullptr;
    QScrollBar *m_lanesBar = nullptr;
    int m_loadTicket = 0;     // only the newest background load is shown
    int m_loadsRunning = 0;
    bool m_slowLoads = false; // the project is big enough to load in the background
    QComboBox *m_lanes = nullptr;
    QComboBox *m_axesBox = nullptr;
    QSlider *m_zoom = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_syncing = false;
};

} // namespace factline
