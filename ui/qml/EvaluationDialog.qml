import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The form that records a supervisor's evaluation: the rubric and a rating per competency.
FormDialog {
    id: dialog

    property var itemId: 0
    property var placementId: 0
    // competency id -> {rating, comment} for the competencies that are rated
    property var ratings: ({})

    function fill(form) {
        itemId = form.id || 0
        placementId = form.placementId || 0
        dateField.text = form.date || ""
        evaluatorNameField.text = form.evaluatorName || ""
        evaluatorTitleField.text = form.evaluatorTitle || ""
        rubricField.text = form.rubric || ""
        scaleMinBox.value = form.scaleMin !== undefined ? form.scaleMin : 1
        scaleMaxBox.value = form.scaleMax !== undefined ? form.scaleMax : 5
        commentsField.text = form.comments || ""
        const map = {}
        for (const rating of (form.ratings || []))
            map[rating.competencyId] = { rating: rating.rating, comment: rating.comment }
        ratings = map
    }
    function setRating(id, rating, comment) {
        const map = Object.assign({}, ratings)
        if (rating === undefined)
            delete map[id]
        else
            map[id] = { rating: rating, comment: comment }
        ratings = map
    }
    function openNew(placement) {
        fill(App.evaluations.blank(placement))
        title = qsTr("Add evaluation")
        open()
    }
    function openFor(id) {
        const form = App.evaluations.load(id)
        if (form.id === undefined)
            return
        fill(form)
        title = qsTr("Edit evaluation")
        open()
    }

    controller: App.evaluations
    onOpened: evaluatorNameField.forceActiveFocus()
    onSaveRequested: {
        const list = []
        for (const id in ratings)
            list.push({ competencyId: Number(id), rating: ratings[id].rating, comment: ratings[id].comment })
        const saved = App.evaluations.save({
            id: itemId,
            placementId: placementId,
            date: dateField.text,
            evaluatorName: evaluatorNameField.text,
            evaluatorTitle: evaluatorTitleField.text,
            rubric: rubricField.text,
            scaleMin: scaleMinBox.value,
            scaleMax: scaleMaxBox.value,
            ratings: list,
            comments: commentsField.text
        })
        if (saved > 0)
            close()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        FormField {
            label: qsTr("Evaluator")
            required: true
            error: dialog.errorFor("evaluatorName")
            Layout.preferredWidth: 1
            TextField {
                id: evaluatorNameField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Evaluator's name")
            }
        }
        FormField {
            label: qsTr("Evaluator's job title")
            Layout.preferredWidth: 1
            TextField {
                id: evaluatorTitleField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Evaluator's job title")
            }
        }
    }
    FormField {
        label: qsTr("Date")
        required: true
        error: dialog.errorFor("date")
        DateField {
            id: dateField
            Accessible.name: qsTr("Date of the evaluation")
        }
    }
    FormField {
        label: qsTr("Rubric")
        hint: qsTr("What each point of the scale means, as the evaluator used it.")
        MultilineField {
            id: rubricField
            Accessible.name: qsTr("Rubric")
        }
    }
    FormField {
        label: qsTr("Scale")
        error: dialog.errorFor("scale")
        RowLayout {
            spacing: 8
            Label { text: qsTr("from") }
            SpinBox {
                id: scaleMinBox
                from: 0
                to: 10
                editable: true
                Accessible.name: qsTr("Lowest rating")
            }
            Label { text: qsTr("to") }
            SpinBox {
                id: scaleMaxBox
                from: 1
                to: 100
                editable: true
                Accessible.name: qsTr("Highest rating")
            }
        }
    }
    FormField {
        label: qsTr("Ratings")
        error: dialog.errorFor("ratings")
        hint: qsTr("Rate the competencies the evaluator rated; leave the others as not rated.")

        Label {
            visible: App.competencyModel.empty
            text: qsTr("No competencies yet. Add them under Competencies to record ratings.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: App.competencyModel
            delegate: GridLayout {
                id: ratingRow
                required property var itemId
                required property string label
                readonly property var entry: dialog.ratings[ratingRow.itemId]
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12
                rowSpacing: 4

                Label {
                    text: ratingRow.label
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ComboBox {
                    id: ratingBox
                    Layout.preferredWidth: 150
                    // "Not rated" first, then the scale from its lowest point.
                    model: {
                        const options = [qsTr("Not rated")]
                        for (let value = scaleMinBox.value; value <= scaleMaxBox.value; ++value)
                            options.push(String(value))
                        return options
                    }
                    currentIndex: ratingRow.entry ? ratingRow.entry.rating - scaleMinBox.value + 1 : 0
                    Accessible.name: qsTr("Rating of %1").arg(ratingRow.label)
                    onActivated: index => dialog.setRating(ratingRow.itemId,
                                                           index === 0 ? undefined : scaleMinBox.value + index - 1,
                                                           commentField.text)
                }
                TextField {
                    id: commentField
                    visible: ratingRow.entry !== undefined
                    text: ratingRow.entry ? ratingRow.entry.comment : ""
                    placeholderText: qsTr("Comment on this rating (optional)")
                    selectByMouse: true
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Comment on the rating of %1").arg(ratingRow.label)
                    onTextEdited: {
                        if (ratingRow.entry)
                            dialog.setRating(ratingRow.itemId, ratingRow.entry.rating, text)
                    }
                }
            }
        }
    }
    FormField {
        label: qsTr("Overall comments")
        MultilineField {
            id: commentsField
            Accessible.name: qsTr("Overall comments")
        }
    }
}
