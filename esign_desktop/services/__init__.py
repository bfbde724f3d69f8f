"""The application's use cases on the asyncio loop: Qt-free, tested without a screen."""
