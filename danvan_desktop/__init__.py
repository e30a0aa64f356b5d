"""danvan-desktop: phần mềm phong trào "Dân vận khéo" cho cấp xã (offline-first)."""

__version__ = "0.1.0"
APP_NAME = "danvan-desktop"
APP_TITLE = "Dân vận khéo"
