"""Data out: research panels and database exports, written atomically."""
