#pragma once

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QObject>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

// Widget tests reach the parts of a window by type or by objectName, as a user reaches them by
// what they are, not through getters kept only for tests.
namespace herb::test {

// The one child of `root` of type T named `name` (any name when empty). A name the widget no
// longer sets is a broken test, not a failed check: it stops the test binary at once.
template<class T> T *named(const QObject *root, const QString &name = {})
{
    const QList<T *> found = root->findChildren<T *>(name);
    if (found.size() != 1) {
        std::fprintf(stderr, "%d children of type %s named '%s'; expected one\n", int(found.size()),
                     T::staticMetaObject.className(), qPrintable(name));
        std::abort();
    }
    return found.constFirst();
}

// A series or bar set of one of the charts under `root`, by objectName. Charts own their
// series outside the widget tree, so findChild cannot reach them.
template<class T> T *chartPart(const QWidget *root, const QString &name)
{
    for (const QChartView *view : root->findChildren<QChartView *>()) {
        for (QAbstractSeries *series : view->chart()->series()) {
            if (auto *part = qobject_cast<T *>(series); part && series->objectName() == name)
                return part;
            if (const auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets()) {
                    if (auto *part = qobject_cast<T *>(set); part && set->objectName() == name)
                        return part;
                }
            }
        }
    }
    std::fprintf(stderr, "no chart part named '%s'\n", qPrintable(name));
    std::abort();
}

} // namespace herb::test
