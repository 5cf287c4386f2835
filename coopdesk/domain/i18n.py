"""Translation markers for domain text.

The domain may not import Qt, yet its labels and messages must be translated. Strings are written
in English (Qt's convention) inside ``QT_TRANSLATE_NOOP(context, text)``; ``pyside6-lupdate`` finds
them by that name, and the UI/CLI translate them with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # name is what lupdate looks for
    return text
