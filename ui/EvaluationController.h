#pragma once

#include "FormController.h"

namespace pf {

class Store;

// Adds, edits and deletes a supervisor's evaluations of a placement, rated per competency on a rubric.
class EvaluationController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EvaluationController is built by the application")

public:
    explicit EvaluationController(Store &store, QObject *parent = nullptr);

    // The evaluation as a form: placementId, date, evaluatorName, evaluatorTitle, rubric, scaleMin,
    // scaleMax, ratings [{competencyId, rating, comment}], comments.
    Q_INVOKABLE QVariantMap load(qint64 id);
    // A new evaluation's form, naming the placement's supervisor as the evaluator on a 1 to 5 rubric.
    Q_INVOKABLE QVariantMap blank(qint64 placementId) const;
    // Saves a form shaped like load()'s; id 0 adds. Returns the id, or 0 with the errors set.
    Q_INVOKABLE qint64 save(const QVariantMap &form);

    Q_INVOKABLE QString deleteQuestion(qint64 id) const;
    Q_INVOKABLE bool remove(qint64 id);

private:
    Store &m_store;
};

} // namespace pf
