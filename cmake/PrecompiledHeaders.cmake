# Each layer's library parses the Qt and standard headers most of its files include once, as a
# precompiled header, instead of once per file: about a second and a half of every file's
# compile, which matters on CI's two cores. MODELMARKET_PCH=OFF builds without them, to catch a
# file that leans on the precompiled header for an include it should name itself.
option(MODELMARKET_PCH "Precompile the headers each layer's files share" ON)

set(MM_PCH_CORE <QCoreApplication> <QString> <QStringList> <QList> <QMap> <QDate> <QLocale>
    <QJsonObject> <QJsonArray> <functional> <memory> <optional> <vector>)
set(MM_PCH_DATA ${MM_PCH_CORE} <QHash> <QSet> <QJsonDocument> <QFileInfo> <QRegularExpression>
    <QSqlDatabase> <QSqlQuery> <QSqlError>)
set(MM_PCH_MODELS ${MM_PCH_DATA} <QAbstractTableModel> <QFutureWatcher>)
set(MM_PCH_UI ${MM_PCH_MODELS} <QWidget> <QLabel> <QVBoxLayout> <QHBoxLayout> <QLineEdit>
    <QPushButton> <QHeaderView> <QComboBox> <QTableView> <QDialog> <QDialogButtonBox>
    <QMessageBox> <QAction> <QApplication> <QTimer> <QUndoStack> <QSettings>)
set(MM_PCH_APP ${MM_PCH_DATA} <QTextStream>)

function(modelmarket_precompile target headers_variable)
    if(MODELMARKET_PCH)
        target_precompile_headers(${target} PRIVATE ${${headers_variable}})
    endif()
endfunction()
