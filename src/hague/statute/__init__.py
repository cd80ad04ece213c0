"""The Rome Statute as code: one module per article applied, in the Statute's order.

Official text: https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf
"""
