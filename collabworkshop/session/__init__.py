"""The open session's machinery beside the controller: the locks that keep a
session file open once (``locks``) and the one place a
:class:`~collabworkshop.controller.SessionController` is built
(``factory``). Qt Core only (QLockFile, QObject); no widgets, no ui."""
