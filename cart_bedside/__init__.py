"""cart_bedside: CRS/ICANS grading and bedside charting for CAR-T wards.

Importing the package imports nothing heavy: ``cart-bedside assess`` must run
without Qt, the database, matplotlib or reportlab.
"""

__version__ = "0.1.0"
