#!/usr/bin/python3
"""The two Python sides of scripts/ingest-benchmark, on a folder of plan workbooks.

  ingest-benchmark.py pandas DIR   every sheet of every workbook read with pandas + openpyxl (as
                                   bcf reads every sheet of the layout), then the cells bcf's
                                   national dataset takes: income by funding stream, spend by
                                   scheme type and area of spend, condition answers, the HWB code
  ingest-benchmark.py unzip DIR    the baseline: each workbook unzipped and every sheet's XML (and
                                   the shared strings) parsed, nothing more

Prints one line: the mode, the number of files, the seconds taken in the process and the CPU
seconds the process used meanwhile (imports and interpreter start-up not counted, as the JVM's
start is not counted for bcf).
"""
import os
import sys
import time
import warnings
import xml.etree.ElementTree as ET
import zipfile

warnings.simplefilter("ignore")


def pandas_side(files):
    import pandas as pd

    national = {}
    start = time.perf_counter()
    cpu = time.process_time()
    for f in files:
        sheets = pd.read_excel(f, sheet_name=None, header=None, engine="openpyxl")
        hwb = sheets["10. HWBs"].iat[4, 0]
        row = national.setdefault(hwb, {})
        income = sheets["4. Income"].iloc[4:]
        for stream, actual in zip(income[2], income[6]):
            if isinstance(stream, str) and actual == actual:
                row["Income: " + stream] = row.get("Income: " + stream, 0) + actual
        spend = sheets["5. Expenditure"]
        header = list(spend.iloc[3])
        total = next(i for i, h in enumerate(header) if isinstance(h, str) and h.endswith("total"))
        for _, s in spend.iloc[4:].iterrows():
            if isinstance(s[4], str) and s[total] == s[total]:
                row["Scheme type: " + s[4]] = row.get("Scheme type: " + s[4], 0) + s[total]
                row["Area of spend: " + s[10]] = row.get("Area of spend: " + s[10], 0) + s[total]
        conditions = sheets["7. National conditions"].iloc[4:]
        for c, status in zip(conditions[1], conditions[3]):
            if isinstance(c, str):
                row["National condition: " + c] = status
    frame = pd.DataFrame.from_dict(national, orient="index").fillna(0)
    frame.to_csv(os.devnull)
    return time.perf_counter() - start, time.process_time() - cpu, len(national)


def unzip_side(files):
    start = time.perf_counter()
    cpu = time.process_time()
    cells = 0
    for f in files:
        with zipfile.ZipFile(f) as z:
            for name in z.namelist():
                if name.startswith("xl/worksheets/sheet") or name == "xl/sharedStrings.xml":
                    root = ET.fromstring(z.read(name))
                    cells += sum(1 for _ in root.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}c"))
    return time.perf_counter() - start, time.process_time() - cpu, cells


def main():
    mode, folder = sys.argv[1], sys.argv[2]
    files = sorted(
        os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx")
    )
    seconds, cpu, what = (pandas_side if mode == "pandas" else unzip_side)(files)
    print(f"{mode} {len(files)} files {seconds:.3f} s {cpu:.3f} s CPU ({what})")


if __name__ == "__main__":
    main()
