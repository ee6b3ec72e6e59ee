<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdmissionScreen</name>
    <message>
        <location filename="../cart_bedside/ui/admission/admission_screen.py" line="+143"/>
        <source>the birth date is in the future</source>
        <translation>the birth date is in the future</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the age or the birth date</source>
        <translation>enter the age or the birth date</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not admitted</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>Infusion</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Protocol: {protocol} ({why})</source>
        <translation>Protocol: {protocol} ({why})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Admit a patient</source>
        <translation>Admit a patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit</source>
        <translation>Admit</translation>
    </message>
</context>
<context>
    <name>AlertRowWidget</name>
    <message>
        <location filename="../cart_bedside/ui/record/alert_row.py" line="+121"/>
        <source>Critical</source>
        <extracomment>Alerts that open a panel of their own (the HLH/MAS table and checklist, §4). An acknowledged alert: every part grey, the severity still named.</extracomment>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> — note: {note}</source>
        <translation> — note: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table and checklist…</source>
        <translation>Table and checklist…</translation>
    </message>
</context>
<context>
    <name>AlertsTasksTab</name>
    <message>
        <location filename="../cart_bedside/ui/record/alerts_tasks_tab.py" line="+190"/>
        <source>Tap a due or overdue check first.</source>
        <translation>Tap a due or overdue check first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tasks this shift</source>
        <translation>Tasks this shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician co-sign…</source>
        <translation>Physician co-sign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done…</source>
        <translation>Not done…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alerts: {open} open, {seen} acknowledged</source>
        <translation>Alerts: {open} open, {seen} acknowledged</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{overdue} overdue · {due} due · {done} done</source>
        <translation>{overdue} overdue · {due} due · {done} done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · {later} for a later shift</source>
        <translation> · {later} for a later shift</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CRS {grade}: {state}</source>
        <translation>CRS {grade}: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICANS {grade}: {state}</source>
        <translation>ICANS {grade}: {state}</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/amend_dialog.py" line="+161"/>
        <source>Nothing changed: correct a value first.</source>
        <extracomment>The values the simple editor offers per record kind (field → hard range).</extracomment>
        <translation>Nothing changed: correct a value first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amend a record</source>
        <translation>Amend a record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend: {kind}, observed {time}</source>
        <translation>Amend: {kind}, observed {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now recorded: {values}. The original stays readable in the History.</source>
        <translation>Now recorded: {values}. The original stays readable in the History.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>Systolic BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation>Diastolic BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>Respiratory rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Why is it amended? (required)</source>
        <translation>Why is it amended? (required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typing error</source>
        <translation>Typing error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misread the measurement</source>
        <translation>Misread the measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the source</source>
        <translation>Checked against the source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a reason</source>
        <translation>Type a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save amendment</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/audit_panel.py" line="+149"/>
        <location line="+150"/>
        <source>Everyone</source>
        <extracomment>Quick date ranges: days back from today (None: every date).</extracomment>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>All patients</source>
        <translation>All patients</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Bed {bed} · {name}</source>
        <translation>Bed {bed} · {name}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The check could not run: {error}</source>
        <translation>The check could not run: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the audit log, records, signatures, users and settings…</source>
        <translation>Checking the audit log, records, signatures, users and settings…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(+{n} more: run cart-bedside verify for the list)</source>
        <translation>(+{n} more: run cart-bedside verify for the list)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} entries shown, newest first</source>
        <translation>{n} entries shown, newest first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — more match: narrow the filters</source>
        <translation> — more match: narrow the filters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything</source>
        <translation>Check everything</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/audit_table_model.py" line="+48"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admission</source>
        <translation>admission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vital signs</source>
        <translation>vital signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neuro check</source>
        <translation>neuro check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluids</source>
        <translation>fluids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medication</source>
        <translation>medication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab</source>
        <translation>lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert acknowledged</source>
        <translation>alert acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ward setting</source>
        <translation>ward setting</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ward name</source>
        <translation>ward name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beds</source>
        <translation>beds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shifts</source>
        <translation>shifts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift names</source>
        <translation>shift names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluid day start</source>
        <translation>fluid day start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>escalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tocilizumab limits</source>
        <translation>tocilizumab limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-lock</source>
        <translation>auto-lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paediatric dosing</source>
        <translation>paediatric dosing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>values confirmed</source>
        <translation>values confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower grade confirmed</source>
        <translation>lower grade confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored from</source>
        <translation>restored from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admissions</source>
        <translation>admissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limits overridden</source>
        <translation>limits overridden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amends</source>
        <translation>amends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended by</source>
        <translation>ended by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong PINs in a row</source>
        <translation>wrong PINs in a row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN changed</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema version</source>
        <translation>schema version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encryption</source>
        <translation>encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cipher version</source>
        <translation>cipher version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message ID</source>
        <translation>message ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character set</source>
        <translation>character set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results</source>
        <translation>results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unmatched</source>
        <translation>unmatched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drug</source>
        <translation>drug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose (mg)</source>
        <translation>dose (mg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator</source>
        <translation>generator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nurse</source>
        <translation>nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>physician</source>
        <translation>physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>BackgroundSection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/background_section.py" line="+117"/>
        <source>HBV, CNS and conditions</source>
        <extracomment>Stored ``Patient.hbv_status`` codes (None: not known). HBsAg positive also sets the ``hbsag_positive`` condition the HBV rules read (seed 000 7.2). Conditions offered here (``KNOWN_CONDITIONS``); each changes a rule.</extracomment>
        <translation>HBV, CNS and conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBV status</source>
        <translation>HBV status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBsAg− / anti-HBc+</source>
        <translation>HBsAg− / anti-HBc+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBsAg positive</source>
        <translation>HBsAg positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HBeAg positive</source>
        <translation>HBeAg positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prior CNS disease</source>
        <translation>Prior CNS disease</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myasthenia gravis (avoid quinolones and sulfonamides)</source>
        <translation>Myasthenia gravis (avoid quinolones and sulfonamides)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developmental delay (CAPD instead of ICE)</source>
        <translation>Developmental delay (CAPD instead of ICE)</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/backup_panel.py" line="+111"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ward&apos;s database is replaced by {file}. Everything recorded after this backup is no longer in the record (the replaced database is kept aside, not deleted). Everyone is signed out and the app opens the restored database.</source>
        <translation>The ward&apos;s database is replaced by {file}. Everything recorded after this backup is no longer in the record (the replaced database is kept aside, not deleted). Everyone is signed out and the app opens the restored database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was damaged</source>
        <translation>The database was damaged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tablet replaced</source>
        <translation>Tablet replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restored. Opening the restored database…</source>
        <translation>Restored. Opening the restored database…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The copy in the second location failed: {error}</source>
        <translation>The copy in the second location failed: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time}  ·  {size} MB  ·  {file}</source>
        <translation>{time}  ·  {size} MB  ·  {file}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups (newest first)</source>
        <translation>Backups (newest first)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups are verified after writing and kept in {folder}. The app also backs up at every shift change and on exit.</source>
        <translation>Backups are verified after writing and kept in {folder}. The app also backs up at every shift change and on exit.</translation>
    </message>
</context>
<context>
    <name>BedCardWidget</name>
    <message>
        <location filename="../cart_bedside/ui/bed_card.py" line="+217"/>
        <source>physician ({kind} computed {grade})</source>
        <extracomment>A press that moved further than this is a drag (scrolling), not a tap.</extracomment>
        <translation>physician ({kind} computed {grade})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ grades co-signed</source>
        <translation>✔ grades co-signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grades not yet co-signed</source>
        <translation>grades not yet co-signed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✎ unsigned draft</source>
        <translation>✎ unsigned draft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} due</source>
        <translation>{n} due</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} overdue: {what}</source>
        <translation>{n} overdue: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none overdue</source>
        <translation>none overdue</translation>
    </message>
    <message>
        <location line="-10"/>
        <source> · not done {n}</source>
        <translation> · not done {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No open alerts</source>
        <translation>No open alerts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{mark} Alerts ({n}):</source>
        <translation>{mark} Alerts ({n}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bed {bed}, {name}, {day}, CRS {crs}, ICANS {icans}</source>
        <translation>Bed {bed}, {name}, {day}, CRS {crs}, ICANS {icans}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Conflict</source>
        <translation>⚠ Conflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} record(s) corrected differently on two tablets: a physician resolves them in History</source>
        <translation>{n} record(s) corrected differently on two tablets: a physician resolves them in History</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⇩ Other tablet</source>
        <translation>⇩ Other tablet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New records from another tablet at {time}</source>
        <translation>New records from another tablet at {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{months} months</source>
        <translation>{months} months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} y</source>
        <translation>{years} y</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No vital signs yet</source>
        <translation>No vital signs yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{m} min ago</source>
        <translation>{m} min ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h ago</source>
        <translation>{h} h ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vital signs {time} ({ago})</source>
        <translation>Vital signs {time} ({ago})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CAPD {score}</source>
        <translation>CAPD {score}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE –</source>
        <translation>ICE –</translation>
    </message>
</context>
<context>
    <name>BedPicker</name>
    <message>
        <location filename="../cart_bedside/ui/admission/bed_picker.py" line="+130"/>
        <source>Bed, e.g. 13</source>
        <translation>Bed, e.g. 13</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only free beds are offered.</source>
        <translation>Only free beds are offered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ward has no bed list (Settings → Beds): type the bed. An occupied bed is refused.</source>
        <translation>The ward has no bed list (Settings → Beds): type the bed. An occupied bed is refused.</translation>
    </message>
</context>
<context>
    <name>CapdWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/capd.py" line="+98"/>
        <source>Does the child make eye contact with the caregiver?</source>
        <translation>Does the child make eye contact with the caregiver?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are the child&apos;s actions purposeful?</source>
        <translation>Are the child&apos;s actions purposeful?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child aware of his/her surroundings?</source>
        <translation>Is the child aware of his/her surroundings?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the child communicate needs and wants?</source>
        <translation>Does the child communicate needs and wants?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child restless?</source>
        <translation>Is the child restless?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child inconsolable?</source>
        <translation>Is the child inconsolable?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child underactive — very little movement while awake?</source>
        <translation>Is the child underactive — very little movement while awake?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does it take the child a long time to respond to interactions?</source>
        <translation>Does it take the child a long time to respond to interactions?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely</source>
        <translation>Rarely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes</source>
        <translation>Sometimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often</source>
        <translation>Often</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unable to perform
(unarousable)</source>
        <translation>Unable to perform
(unarousable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer how often each is true; items 1–4 are scored in reverse automatically.</source>
        <translation>Answer how often each is true; items 1–4 are scored in reverse automatically.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>CAPD: unable to perform</source>
        <translation>CAPD: unable to perform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPD {total}/32</source>
        <translation>CAPD {total}/32</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CAPD –/32 ({answered} of 8 answered)</source>
        <translation>CAPD –/32 ({answered} of 8 answered)</translation>
    </message>
</context>
<context>
    <name>CarryForward</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/carry_forward.py" line="+84"/>
        <source>at {time} by {name}</source>
        <translation>at {time} by {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing recorded before: tap “Room air, no vasopressor” or choose what the patient is on.</source>
        <translation>Nothing recorded before: tap “Room air, no vasopressor” or choose what the patient is on.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the patient, then tap “Unchanged” or change it (last recorded: {support}).</source>
        <translation>Check the patient, then tap “Unchanged” or change it (last recorded: {support}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required: tap what you see now (last recorded: {last}).</source>
        <translation>Required: tap what you see now (last recorded: {last}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: tap what you see now.</source>
        <translation>Required: tap what you see now.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/confirm_dialog.py" line="+94"/>
        <source>Re-measured: the value is correct</source>
        <translation>Re-measured: the value is correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches the patient&apos;s condition</source>
        <translation>Matches the patient&apos;s condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician informed</source>
        <translation>Physician informed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm unusual values</source>
        <translation>Confirm unusual values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These values are unusual. Please check them.</source>
        <translation>These values are unusual. Please check them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are they correct? Choose or type a reason:</source>
        <translation>Why are they correct? Choose or type a reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the values</source>
        <translation>Back to the values</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../cart_bedside/ui/record/conflict_banner.py" line="+55"/>
        <source>⚠ {n} record(s) corrected differently on two tablets: both corrections stand until a physician keeps one.</source>
        <translation>⚠ {n} record(s) corrected differently on two tablets: both corrections stand until a physician keeps one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the physician.</source>
        <translation>Ask the physician.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See both versions…</source>
        <translation>See both versions…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/conflict_dialog.py" line="+218"/>
        <source>Choose the correction to keep.</source>
        <translation>Choose the correction to keep.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Will be stored: {values}. Reason: {reason}</source>
        <translation>Will be stored: {values}. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose limit overridden: {reason}</source>
        <translation>Dose limit overridden: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Conflicting corrections</source>
        <translation>Conflicting corrections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicting corrections: {kind}, observed {time}</source>
        <translation>Conflicting corrections: {kind}, observed {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This record was corrected on two tablets while they were not in touch. Both corrections stand until a physician keeps one.</source>
        <translation>This record was corrected on two tablets while they were not in touch. Both corrections stand until a physician keeps one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record was corrected on two tablets while they were not in touch. Both corrections stand until a physician keeps one: ask the physician.</source>
        <translation>This record was corrected on two tablets while they were not in touch. Both corrections stand until a physician keeps one: ask the physician.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original: {values}</source>
        <translation>Original: {values}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values to keep (tap one to change it):</source>
        <translation>Values to keep (tap one to change it):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this one? (required)</source>
        <translation>Why this one? (required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured again</source>
        <translation>Measured again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked with the nurses</source>
        <translation>Checked with the nurses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the source</source>
        <translation>Checked against the source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a reason</source>
        <translation>Type a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your PIN to resolve the conflict</source>
        <translation>Enter your PIN to resolve the conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ConflictVersionCard</name>
    <message>
        <location filename="../cart_bedside/ui/record/conflict_version.py" line="+84"/>
        <source>Correction {n}</source>
        <translation>Correction {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{values} at {time}</source>
        <translation>{values} at {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved by {who}, {when}</source>
        <translation>Saved by {who}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On this tablet</source>
        <translation>On this tablet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On tablet {id}</source>
        <translation>On tablet {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this one</source>
        <translation>Keep this one</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/cosign_dialog.py" line="+158"/>
        <source>A grade different from the computed one needs a reason.</source>
        <translation>A grade different from the computed one needs a reason.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Physician&apos;s grade</source>
        <translation>Physician&apos;s grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician: confirm or correct the grades</source>
        <translation>Physician: confirm or correct the grades</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reason for a different grade (required when you correct a grade)</source>
        <translation>Reason for a different grade (required when you correct a grade)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hypotension from bleeding, not CRS</source>
        <translation>Hypotension from bleeding, not CRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever from infection, not CRS</source>
        <translation>Fever from infection, not CRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedation, not ICANS</source>
        <translation>Sedation, not ICANS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last co-signature: {meaning}</source>
        <translation>Last co-signature: {meaning}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested step</source>
        <translation>Suggested step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol for this patient: {protocol}</source>
        <translation>Protocol for this patient: {protocol}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source: {sources}</source>
        <translation>Source: {sources}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No management step for grade 0: keep monitoring.</source>
        <translation>No management step for grade 0: keep monitoring.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a physician can confirm or correct the grades. Ask the physician to sign in.</source>
        <translation>Only a physician can confirm or correct the grades. Ask the physician to sign in.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signing records your grades CRS {crs} and ICANS {icans} (computed CRS {computed_crs}, ICANS {computed_icans}) with your reason, and that you have seen the suggested step. Your name, the time and this meaning are recorded.</source>
        <translation>Signing records your grades CRS {crs} and ICANS {icans} (computed CRS {computed_crs}, ICANS {computed_icans}) with your reason, and that you have seen the suggested step. Your name, the time and this meaning are recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing confirms CRS {crs} and ICANS {icans} and that you have seen the suggested step. Your name, the time and this meaning are recorded.</source>
        <translation>Signing confirms CRS {crs} and ICANS {icans} and that you have seen the suggested step. Your name, the time and this meaning are recorded.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Signing as: {name}</source>
        <translation>Signing as: {name}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Your grade</source>
        <translation>Your grade</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DateTimeFields</name>
    <message>
        <location filename="../cart_bedside/ui/admission/date_fields.py" line="+123"/>
        <source>{value} is not between {low} and {high}</source>
        <extracomment>(part, lowest, highest, width of the value button in px)</extracomment>
        <translation>{value} is not between {low} and {high}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>incomplete: enter every part</source>
        <translation>incomplete: enter every part</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a date in the calendar</source>
        <translation>not a date in the calendar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>DirectoryPinDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admin/directory_pin.py" line="+25"/>
        <source>Ward server</source>
        <translation>Ward server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN: the ward server checks it for every change of users or settings</source>
        <translation>Enter your PIN: the ward server checks it for every change of users or settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admission/discharge_dialog.py" line="+38"/>
        <location line="+20"/>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Discharge {name} (bed {bed})</source>
        <translation>Discharge {name} (bed {bed})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bed {bed} becomes free at once. The record is kept: it stays readable in History and in the audit log.</source>
        <translation>Bed {bed} becomes free at once. The record is kept: it stays readable in History and in the audit log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharged home</source>
        <translation>Discharged home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to the ICU</source>
        <translation>Transferred to the ICU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to another ward</source>
        <translation>Transferred to another ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to another hospital</source>
        <translation>Transferred to another hospital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/dose_dialog.py" line="+198"/>
        <source>Choose the drug first.</source>
        <translation>Choose the drug first.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+1"/>
        <source>Record a dose</source>
        <translation>Record a dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subcutaneous</source>
        <translation>Subcutaneous</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>Ordered by</source>
        <translation>Ordered by</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record dose</source>
        <translation>Record dose</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Dose by weight: {mg} mg ({per_kg} mg/kg)</source>
        <translation>Dose by weight: {mg} mg ({per_kg} mg/kg)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Type your PIN first.</source>
        <translation>Type your PIN first.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{drug} {mg} mg {route} at {time}, ordered by {who}</source>
        <translation>{drug} {mg} mg {route} at {time}, ordered by {who}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
</context>
<context>
    <name>DoseTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/record/dose_table_model.py" line="+22"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered by</source>
        <translation>Ordered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>limit overridden: {reason}</source>
        <translation>limit overridden: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>= dexamethasone {mg} mg</source>
        <translation>= dexamethasone {mg} mg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
</context>
<context>
    <name>DrugPicker</name>
    <message>
        <location filename="../cart_bedside/ui/record/drug_picker.py" line="+102"/>
        <source>Other…</source>
        <extracomment>The buttons, generic names as the rules know them (paracetamol is acetaminophen). The usual route of each button&apos;s drug (the nurse can change it).</extracomment>
        <translation>Other…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the drug</source>
        <translation>Name of the drug</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message>
        <location filename="../cart_bedside/ui/record/dose_sign_pages.py" line="+73"/>
        <source>Duplicate?</source>
        <translation>Duplicate?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No — go back</source>
        <translation>No — go back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, a second dose</source>
        <translation>Yes, a second dose</translation>
    </message>
</context>
<context>
    <name>EligibilitySection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/eligibility_section.py" line="+203"/>
        <source>Eligibility checklist</source>
        <extracomment>The numeric items, in the order they are typed (OK moves on).</extracomment>
        <translation>Eligibility checklist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist: {source}</source>
        <translation>Checklist: {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each item is shown as met, not met or unknown. The app gives no verdict: the physician decides on eligibility.</source>
        <translation>Each item is shown as met, not met or unknown. The app gives no verdict: the physician decides on eligibility.</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/summary.py" line="+30"/>
        <source>Observed {time}</source>
        <translation>Observed {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late entry</source>
        <translation>late entry</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No vital signs entered.</source>
        <translation>No vital signs entered.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vasopressors: {names}</source>
        <translation>vasopressors: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no vasopressors</source>
        <translation>no vasopressors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fluid bolus for hypotension</source>
        <translation>fluid bolus for hypotension</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fluids in this entry: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>Fluids in this entry: in {intake} mL · out {output} mL · net {net} mL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No neuro assessment in this entry.</source>
        <translation>No neuro assessment in this entry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAPD: unable to perform</source>
        <translation>CAPD: unable to perform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CAPD not done</source>
        <translation>CAPD not done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE: unable to perform</source>
        <translation>ICE: unable to perform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ICE not done</source>
        <translation>ICE not done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>handwriting sample</source>
        <translation>handwriting sample</translation>
    </message>
</context>
<context>
    <name>ErrorBannerWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/error_banner.py" line="+31"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>FhirExportButton</name>
    <message>
        <location filename="../cart_bedside/ui/fhir_export_button.py" line="+74"/>
        <source>FHIR R4 file written (readable by this account only):
{path}</source>
        <translation>FHIR R4 file written (readable by this account only):
{path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The FHIR export failed: {error}</source>
        <translation>The FHIR export failed: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>FHIR export</source>
        <translation>FHIR export</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <location filename="../cart_bedside/ui/first_run.py" line="+160"/>
        <source>Welcome: set up the ward</source>
        <translation>Welcome: set up the ward</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ward has no users yet. Create the administrator&apos;s account; the administrator then adds the nurses and physicians.</source>
        <translation>This ward has no users yet. Create the administrator&apos;s account; the administrator then adds the nurses and physicians.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Head nurse Wang</source>
        <translation>e.g. Head nurse Wang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN has {low} to {high} digits. Keep it secret: every record you sign carries your name.</source>
        <translation>The PIN has {low} to {high} digits. Keep it secret: every record you sign carries your name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the PIN again</source>
        <translation>Choose the PIN again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1. Choose a PIN</source>
        <translation>1. Choose a PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Type the same PIN again</source>
        <translation>2. Type the same PIN again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a user name first.</source>
        <translation>Type a user name first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user name has no spaces.</source>
        <translation>A user name has no spaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two PINs differ. Choose the PIN again.</source>
        <translation>The two PINs differ. Choose the PIN again.</translation>
    </message>
</context>
<context>
    <name>FluidLinesWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/fluid_lines.py" line="+134"/>
        <source>IV fluids</source>
        <translation>IV fluids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood products</source>
        <translation>Blood products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enteral</source>
        <translation>Enteral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV medications</source>
        <translation>IV medications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urine</source>
        <translation>Urine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drains</source>
        <translation>Drains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stool</source>
        <translation>Stool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emesis</source>
        <translation>Emesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other output</source>
        <translation>Other output</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other volume</source>
        <translation>Other volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fluid lines this shift yet.</source>
        <translation>No fluid lines this shift yet.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a category, then a volume.</source>
        <translation>Choose a category, then a volume.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {intake} mL · Out {output} mL · Net {net} mL</source>
        <translation>In {intake} mL · Out {output} mL · Net {net} mL</translation>
    </message>
</context>
<context>
    <name>FluidsPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/fluids_page.py" line="+80"/>
        <source>Fluid line {number}</source>
        <extracomment>How many fluid days before the current one the page lists.</extracomment>
        <translation>Fluid line {number}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Charted earlier this shift ({shift}): in {intake} mL · out {output} mL</source>
        <translation>Charted earlier this shift ({shift}): in {intake} mL · out {output} mL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shift total with this entry: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>Shift total with this entry: in {intake} mL · out {output} mL · net {net} mL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fluid day from {start}, with this entry: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>Fluid day from {start}, with this entry: in {intake} mL · out {output} mL · net {net} mL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fluid days before:</source>
        <translation>Fluid days before:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {start}: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>from {start}: in {intake} mL · out {output} mL · net {net} mL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Net charted since admission: {net} mL</source>
        <translation>Net charted since admission: {net} mL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · since infusion: {net} mL</source>
        <translation> · since infusion: {net} mL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · weight {kg} kg ({change} kg from baseline)</source>
        <translation> · weight {kg} kg ({change} kg from baseline)</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../cart_bedside/ui/record/followup_panel.py" line="+68"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+34"/>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/grade_badge.py" line="+76"/>
        <source>{kind}: not assessed</source>
        <translation>{kind}: not assessed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} grade {grade}</source>
        <translation>{kind} grade {grade}</translation>
    </message>
</context>
<context>
    <name>GradeReasonsPanel</name>
    <message>
        <location filename="../cart_bedside/ui/trend_reasons.py" line="+105"/>
        <source>no finding</source>
        <translation>no finding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grades at {time}: CRS {crs} · ICANS {icans}</source>
        <translation>Grades at {time}: CRS {crs} · ICANS {icans}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CRS {grade}</source>
        <translation>CRS {grade}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ICANS {grade}</source>
        <translation>ICANS {grade}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no graded record yet</source>
        <translation>no graded record yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the record of {time}</source>
        <translation>from the record of {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HandoverChoices</name>
    <message>
        <location filename="../cart_bedside/ui/handover_choices.py" line="+188"/>
        <source>Whole ward</source>
        <translation>Whole ward</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ward&apos;s language: {language}</source>
        <translation>The ward&apos;s language: {language}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet for</source>
        <translation>Sheet for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift handed over</source>
        <translation>Shift handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the sheet</source>
        <translation>Language of the sheet</translation>
    </message>
</context>
<context>
    <name>HandoverPreview</name>
    <message>
        <location filename="../cart_bedside/ui/handover_preview.py" line="+168"/>
        <source>{pages} pages (A4)</source>
        <translation>{pages} pages (A4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the first {n} shown</source>
        <translation> — the first {n} shown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting the pages…</source>
        <translation>Counting the pages…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ward summary page, then one section per patient ({count} patients).</source>
        <translation>Ward summary page, then one section per patient ({count} patients).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One patient&apos;s sheet: bed {bed}.</source>
        <translation>One patient&apos;s sheet: bed {bed}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} alerts</source>
        <translation>{count} alerts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} overdue</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the sheet contains</source>
        <translation>What the sheet contains</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../cart_bedside/ui/handover_screen.py" line="+328"/>
        <source>This computer has no print service (CUPS) the app can send a PDF to. Use “Save PDF…” and print the file from a PDF viewer.</source>
        <translation>This computer has no print service (CUPS) the app can send a PDF to. Use “Save PDF…” and print the file from a PDF viewer.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved to {path}: {pages} pages, beds {beds}.</source>
        <translation>Saved to {path}: {pages} pages, beds {beds}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer: {pages} pages, beds {beds}.</source>
        <translation>Sent to the printer: {pages} pages, beds {beds}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the handover sheet</source>
        <translation>Save the handover sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The printer did not take the sheet: {detail}</source>
        <translation>The printer did not take the sheet: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written: {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet could not be made: {error}</source>
        <translation>The sheet could not be made: {error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Printed by: {name}</source>
        <translation>Printed by: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{shift}: {start} – {end}</source>
        <translation>{shift}: {start} – {end}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>‹ Ward board</source>
        <translation>‹ Ward board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover sheet</source>
        <translation>Handover sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>HandwritingCompare</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_compare.py" line="+78"/>
        <source>Baseline (first sample)</source>
        <translation>Baseline (first sample)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment</source>
        <translation>This assessment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No baseline sample</source>
        <translation>No baseline sample</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not written yet</source>
        <translation>Not written yet</translation>
    </message>
</context>
<context>
    <name>HandwritingDialog</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_dialog.py" line="+53"/>
        <source>Handwriting</source>
        <translation>Handwriting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandwritingPad</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_pad.py" line="+48"/>
        <source>Ask the patient to write a standard sentence, e.g. “The sun is shining.”</source>
        <translation>Ask the patient to write a standard sentence, e.g. “The sun is shining.”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../cart_bedside/ui/record/history_tab.py" line="+186"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amend…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tap a record to see its versions.</source>
        <translation>Tap a record to see its versions.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Original, observed {observed}, recorded {recorded} by {who}: {values}</source>
        <translation>Original, observed {observed}, recorded {recorded} by {who}: {values}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entered in error {recorded} by {who}. Reason: {reason}</source>
        <translation>Entered in error {recorded} by {who}. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amended {recorded} by {who}: {values}. Reason: {reason}</source>
        <translation>Amended {recorded} by {who}: {values}. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Conflicting correction {recorded} by {who}: {values}. Reason: {reason}</source>
        <translation>⚠ Conflicting correction {recorded} by {who}: {values}. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A physician changes this grade by grading again (&quot;Physician co-sign…&quot;).</source>
        <translation>A physician changes this grade by grading again (&quot;Physician co-sign…&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A neuro check is corrected by marking it entered in error and charting it again.</source>
        <translation>A neuro check is corrected by marking it entered in error and charting it again.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/record/history_table_model.py" line="+26"/>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before amendment</source>
        <translation>Before amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ conflicting corrections</source>
        <translation>⚠ conflicting corrections</translation>
    </message>
</context>
<context>
    <name>HlhDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/hlh_dialog.py" line="+126"/>
        <source>HLH/MAS suspected</source>
        <translation>HLH/MAS suspected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HLH/MAS suspected: what the guidelines suggest</source>
        <translation>HLH/MAS suspected: what the guidelines suggest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management (guideline suggests)</source>
        <translation>Management (guideline suggests)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation checklist</source>
        <translation>Confirmation checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>IceItemsWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/ice_items.py" line="+131"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What year is it?”</source>
        <translation>“What year is it?”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What month is it?”</source>
        <translation>“What month is it?”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What city are we in?”</source>
        <translation>“What city are we in?”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What hospital are we in?”</source>
        <translation>“What hospital are we in?”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 1</source>
        <translation>Object 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a clock</source>
        <translation>names it, e.g. a clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 2</source>
        <translation>Object 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a pen</source>
        <translation>names it, e.g. a pen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 3</source>
        <translation>Object 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a button</source>
        <translation>names it, e.g. a button</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows a command</source>
        <translation>Follows a command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “Show me two fingers”</source>
        <translation>e.g. “Show me two fingers”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a sentence</source>
        <translation>Writes a sentence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a standard sentence</source>
        <translation>a standard sentence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts backwards</source>
        <translation>Counts backwards</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from 100 by 10</source>
        <translation>from 100 by 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orientation (4 points)</source>
        <translation>Orientation (4 points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naming three objects (3 points)</source>
        <translation>Naming three objects (3 points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command (1)</source>
        <translation>Command (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing (1)</source>
        <translation>Writing (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention (1)</source>
        <translation>Attention (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to perform
(unarousable)</source>
        <translation>Unable to perform
(unarousable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All 10 correct</source>
        <translation>All 10 correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the
handwriting pad</source>
        <translation>Open the
handwriting pad</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>ICE: unable to perform</source>
        <translation>ICE: unable to perform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient unarousable</source>
        <translation>Patient unarousable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/identity_section.py" line="+190"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical record number</source>
        <translation>Medical record number</translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <location filename="../cart_bedside/ui/integrity_watch.py" line="+54"/>
        <source>⚠ The ward&apos;s database failed its integrity check ({detail}). Tell the administrator now: they restore the latest backup in Settings → Backup and restore.</source>
        <extracomment>How much of SQLite&apos;s report the banner shows (two lines at 1280 px).</extracomment>
        <translation>⚠ The ward&apos;s database failed its integrity check ({detail}). Tell the administrator now: they restore the latest backup in Settings → Backup and restore.</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/keypad_dialog.py" line="+40"/>
        <source>Enter a number</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LabCodesTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/lab_import_models.py" line="+67"/>
        <source>Laboratory code</source>
        <translation>Laboratory code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code system</source>
        <translation>Code system</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our lab</source>
        <translation>Our lab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>local</source>
        <translation>local</translation>
    </message>
</context>
<context>
    <name>LabImportPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/lab_import_panel.py" line="+154"/>
        <source>Watched folder saved.</source>
        <translation>Watched folder saved.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lab codes saved.</source>
        <translation>Lab codes saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set and save a watched folder first.</source>
        <translation>Set and save a watched folder first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{files} files read: {stored} results imported, {unmatched} unmatched</source>
        <translation>{files} files read: {stored} results imported, {unmatched} unmatched</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Watched folder</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder the laboratory writes to</source>
        <translation>Folder the laboratory writes to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HL7 (ORU^R01) and lab CSV files there are imported every minute and moved to imported/ or refused/.</source>
        <translation>HL7 (ORU^R01) and lab CSV files there are imported every minute and moved to imported/ or refused/.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save folder</source>
        <translation>Save folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import now</source>
        <translation>Import now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ward&apos;s own lab codes (LOINC codes are built in)</source>
        <translation>The ward&apos;s own lab codes (LOINC codes are built in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>local code</source>
        <translation>local code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported: {n} results to check</source>
        <translation>Not imported: {n} results to check</translation>
    </message>
</context>
<context>
    <name>LabUlnEditor</name>
    <message>
        <location filename="../cart_bedside/ui/admin/lab_uln_editor.py" line="+111"/>
        <source>{field} upper limit of normal</source>
        <translation>{field} upper limit of normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>laboratory upper limits of normal</source>
        <translation>laboratory upper limits of normal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In force: your laboratory&apos;s limits (this ward setting).</source>
        <translation>In force: your laboratory&apos;s limits (this ward setting).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In force: the app&apos;s defaults (WS/T 404). Ask the physician to check them against your laboratory&apos;s reference ranges.</source>
        <translation>In force: the app&apos;s defaults (WS/T 404). Ask the physician to check them against your laboratory&apos;s reference ranges.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total bilirubin</source>
        <translation>Total bilirubin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creatinine</source>
        <translation>Creatinine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lab} (women)</source>
        <translation>{lab} (women)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lab} (men)</source>
        <translation>{lab} (men)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laboratory upper limits of normal (HLH/MAS checklist)</source>
        <translation>Laboratory upper limits of normal (HLH/MAS checklist)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upper end of your laboratory&apos;s adult reference range. The HLH/MAS checklist counts a grade 3 rise above 3 × this limit for total bilirubin and creatinine, above 5 × for AST and ALT.</source>
        <translation>The upper end of your laboratory&apos;s adult reference range. The HLH/MAS checklist counts a grade 3 rise above 3 × this limit for total bilirubin and creatinine, above 5 × for AST and ALT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use our laboratory&apos;s limits (off: the app&apos;s defaults)</source>
        <translation>Use our laboratory&apos;s limits (off: the app&apos;s defaults)</translation>
    </message>
</context>
<context>
    <name>LabsTab</name>
    <message>
        <location filename="../cart_bedside/ui/record/labs_tab.py" line="+159"/>
        <source>ICAHT: {summary}</source>
        <extracomment>Alerts the labs raise (HLH/MAS from ferritin, neutropenia, IVIG, HBV, CRP work-up).</extracomment>
        <translation>ICAHT: {summary}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New: {alert}</source>
        <translation>New: {alert}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No alerts from the labs.</source>
        <translation>No alerts from the labs.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter at least one result first.</source>
        <translation>Enter at least one result first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} result(s) saved.</source>
        <translation>{count} result(s) saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save results</source>
        <translation>Save results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest results</source>
        <translation>Latest results</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IgG · IVIG · HBV</source>
        <translation>IgG · IVIG · HBV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} · {count} to do</source>
        <translation>{title} · {count} to do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No infusion time recorded yet: the follow-up is counted from it.</source>
        <translation>No infusion time recorded yet: the follow-up is counted from it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IgG and IVIG (hypogammaglobulinaemia)</source>
        <translation>IgG and IVIG (hypogammaglobulinaemia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hepatitis B reactivation</source>
        <translation>Hepatitis B reactivation</translation>
    </message>
</context>
<context>
    <name>LatestLabsModel</name>
    <message>
        <location filename="../cart_bedside/ui/record/latest_labs_model.py" line="+32"/>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
</context>
<context>
    <name>LimitsEditor</name>
    <message>
        <location filename="../cart_bedside/ui/admin/limits_editor.py" line="+96"/>
        <source>{field} ({group})</source>
        <translation>{field} ({group})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalation: checks while a grade is present</source>
        <translation>Escalation: checks while a grade is present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tocilizumab limits</source>
        <translation>Tocilizumab limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-lock</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vital signs every … at grade 1</source>
        <translation>Vital signs every … at grade 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE every … at grade 1</source>
        <translation>ICE every … at grade 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vital signs every … at grade ≥ 2</source>
        <translation>Vital signs every … at grade ≥ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE every … at grade ≥ 2</source>
        <translation>ICE every … at grade ≥ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least … between doses</source>
        <translation>At least … between doses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most … doses in 24 h</source>
        <translation>At most … doses in 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most … doses in total</source>
        <translation>At most … doses in total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the tablet after … idle</source>
        <translation>Lock the tablet after … idle</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>doses</source>
        <translation>doses</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cart_bedside/ui/main_window.py" line="+348"/>
        <source>Exit full screen</source>
        <translation>Exit full screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nurse</source>
        <translation>nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>physician</source>
        <translation>physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>CAR-T bedside</source>
        <translation>CAR-T bedside</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admit patient</source>
        <translation>Admit patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../cart_bedside/ui/record/medications_tab.py" line="+125"/>
        <source>Myasthenia gravis: avoid quinolones and sulfonamides.</source>
        <extracomment>Alerts shown above the doses: a myasthenia patient&apos;s antibiotic cautions.</extracomment>
        <translation>Myasthenia gravis: avoid quinolones and sulfonamides.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record a dose…</source>
        <translation>Record a dose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses given (newest first)</source>
        <translation>Doses given (newest first)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Infection prophylaxis</source>
        <translation>Infection prophylaxis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} · {count} to do</source>
        <translation>{title} · {count} to do</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Infection prophylaxis until neutrophil recovery</source>
        <translation>Infection prophylaxis until neutrophil recovery</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No infusion time recorded yet: prophylaxis is counted from it.</source>
        <translation>No infusion time recorded yet: prophylaxis is counted from it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dose recorded.</source>
        <translation>Dose recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit overridden by {user}: {reason}</source>
        <translation>Limit overridden by {user}: {reason}</translation>
    </message>
</context>
<context>
    <name>NavBarWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/nav_bar.py" line="+49"/>
        <source>Close (draft kept)</source>
        <translation>Close (draft kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and save</source>
        <translation>Sign and save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review ›</source>
        <translation>Review ›</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
</context>
<context>
    <name>NeuroPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/neuro_page.py" line="+122"/>
        <source>Attributable to another cause</source>
        <translation>Attributable to another cause</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Level of consciousness</source>
        <translation>Level of consciousness</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awakens
spontaneously</source>
        <translation>Awakens
spontaneously</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awakens
to voice</source>
        <translation>Awakens
to voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awakens only
to touch</source>
        <translation>Awakens only
to touch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unarousable</source>
        <translation>Unarousable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributable to another cause (e.g. sedation)</source>
        <translation>Attributable to another cause (e.g. sedation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seizure</source>
        <translation>Seizure</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rapidly
resolving</source>
        <translation>Rapidly
resolving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prolonged or
repetitive</source>
        <translation>Prolonged or
repetitive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motor weakness</source>
        <translation>Motor weakness</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cerebral oedema (imaging)</source>
        <translation>Cerebral oedema (imaging)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal</source>
        <translation>Focal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diffuse</source>
        <translation>Diffuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other findings (do not change the grade)</source>
        <translation>Other findings (do not change the grade)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“All 10 correct” is your attestation that you asked all ten items and each was answered correctly. Otherwise tap each item answered correctly.</source>
        <translation>“All 10 correct” is your attestation that you asked all ten items and each was answered correctly. Otherwise tap each item answered correctly.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CAPD</source>
        <translation>CAPD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuro assessment</source>
        <translation>Neuro assessment</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Tremor</source>
        <translation>Tremor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myoclonus</source>
        <translation>Myoclonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache</source>
        <translation>Headache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intracranial haemorrhage</source>
        <translation>Intracranial haemorrhage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Required. Last recorded: {last}</source>
        <translation>Required. Last recorded: {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: tap what you see now.</source>
        <translation>Required: tap what you see now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written now</source>
        <translation>Written now</translation>
    </message>
</context>
<context>
    <name>NotDoneDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/not_done_dialog.py" line="+86"/>
        <source>Kept in the record and shown on the handover; it no longer counts as overdue. A check done later in the same window still counts.</source>
        <translation>Kept in the record and shown on the handover; it no longer counts as overdue. A check done later in the same window still counts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check not done</source>
        <translation>Check not done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record as not done</source>
        <translation>Record as not done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? For &quot;other&quot;, write a few words (required).</source>
        <translation>Why? For &quot;other&quot;, write a few words (required).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reason</source>
        <translation>Type the reason</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/number_field.py" line="+151"/>
        <source>{value} is outside the range {range}: not accepted</source>
        <extracomment>show a whole value without its decimals (&quot;45 岁&quot;, not &quot;45.0 岁&quot;; 1.5 stays)</extracomment>
        <translation>{value} is outside the range {range}: not accepted</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range {range}</source>
        <translation>Range {range}</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/numeric_keypad.py" line="+188"/>
        <source>←
Delete</source>
        <extracomment>a refused value stays on its field (and the keypad on it) until corrected</extracomment>
        <translation>←
Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Tap a field to enter a number</source>
        <translation>Tap a field to enter a number</translation>
    </message>
</context>
<context>
    <name>O2DeviceSelector</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/o2_device_selector.py" line="+89"/>
        <source>Room air</source>
        <extracomment>The flow decides the CRS grade here: low-flow (≤ 6 L/min) vs high-flow nasal cannula. The flow is recorded (trends, handover) but not needed for the grade.</extracomment>
        <translation>Room air</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blow-by</source>
        <translation>Blow-by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal
cannula</source>
        <translation>Nasal
cannula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-flow
nasal cannula</source>
        <translation>High-flow
nasal cannula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple
face mask</source>
        <translation>Simple
face mask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-rebreather
mask</source>
        <translation>Non-rebreather
mask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venturi
mask</source>
        <translation>Venturi
mask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPAP</source>
        <translation>CPAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BiPAP</source>
        <translation>BiPAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanical
ventilation</source>
        <translation>Mechanical
ventilation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oxygen support</source>
        <translation>Oxygen support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oxygen flow</source>
        <translation>Oxygen flow</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Required: ≤ 6 L/min is low-flow, above is high-flow.</source>
        <translation>Required: ≤ 6 L/min is low-flow, above is high-flow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, for the trend.</source>
        <translation>Optional, for the trend.</translation>
    </message>
</context>
<context>
    <name>OrdererPicker</name>
    <message>
        <location filename="../cart_bedside/ui/record/orderer_picker.py" line="+99"/>
        <source>Other…</source>
        <extracomment>Physicians offered as buttons (more are typed: a consultant from another ward …).</extracomment>
        <translation>Other…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the ordering physician</source>
        <translation>Name of the ordering physician</translation>
    </message>
</context>
<context>
    <name>OverridePage</name>
    <message>
        <location filename="../cart_bedside/ui/record/override_page.py" line="+108"/>
        <source>Not synced: doses given on other tablets may be missing</source>
        <translation>Not synced: doses given on other tablets may be missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dose breaks a tocilizumab limit</source>
        <translation>This dose breaks a tocilizumab limit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync first (tap the sync status at the top, then try again), or ask the physician to sign in and record the dose.</source>
        <translation>Sync first (tap the sync status at the top, then try again), or ask the physician to sign in and record the dose.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the physician, you may give it anyway: record why (the override is audited under your name).</source>
        <translation>As the physician, you may give it anyway: record why (the override is audited under your name).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a physician can override a dose limit. Ask the physician to sign in and record the dose, or go back.</source>
        <translation>Only a physician can override a dose limit. Ask the physician to sign in and record the dose, or go back.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked with the ward: no other dose given</source>
        <translation>Checked with the ward: no other dose given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refractory CRS: agreed with the ICU / MDT</source>
        <translation>Refractory CRS: agreed with the ICU / MDT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life-threatening CRS: physician&apos;s decision at the bedside</source>
        <translation>Life-threatening CRS: physician&apos;s decision at the bedside</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the dose</source>
        <translation>Back to the dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override and record</source>
        <translation>Override and record</translation>
    </message>
</context>
<context>
    <name>OxygenPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/oxygen_page.py" line="+88"/>
        <source>Hypotension</source>
        <translation>Hypotension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap when this hypotension needed a fluid bolus (it counts for the CRS grade).</source>
        <translation>Tap when this hypotension needed a fluid bolus (it counts for the CRS grade).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Oxygen flow</source>
        <translation>Oxygen flow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oxygen and vasopressors</source>
        <translation>Oxygen and vasopressors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressors</source>
        <translation>Vasopressors</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Last recorded: {support}</source>
        <translation>Last recorded: {support}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Unchanged</source>
        <translation>✔ Unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>□ Unchanged</source>
        <translation>□ Unchanged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No oxygen or vasopressor recorded before for this patient.</source>
        <translation>No oxygen or vasopressor recorded before for this patient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Room air, no vasopressor</source>
        <translation>✔ Room air, no vasopressor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>□ Room air, no vasopressor</source>
        <translation>□ Room air, no vasopressor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered. Change it below if it is not right.</source>
        <translation>Answered. Change it below if it is not right.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the patient: tap “Unchanged”, or change the oxygen or vasopressors below.</source>
        <translation>Check the patient: tap “Unchanged”, or change the oxygen or vasopressors below.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Treated with a fluid bolus</source>
        <translation>Treated with a fluid bolus</translation>
    </message>
</context>
<context>
    <name>PaediatricDosingEditor</name>
    <message>
        <location filename="../cart_bedside/ui/admin/paediatric_dosing_editor.py" line="+58"/>
        <source>{drug} ({group})</source>
        <translation>{drug} ({group})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paediatric dosing (patients under 18)</source>
        <translation>Paediatric dosing (patients under 18)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown after every adult fixed dose for a child. Empty: the default wording. The app calculates no paediatric dose.</source>
        <translation>Shown after every adult fixed dose for a child. Empty: the default wording. The app calculates no paediatric dose.</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <location filename="../cart_bedside/ui/patient_header.py" line="+185"/>
        <source>since infusion</source>
        <translation>since infusion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bed {bed}</source>
        <translation>Bed {bed}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{diagnosis} · {protocol}</source>
        <translation>{diagnosis} · {protocol}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>physician&apos;s grade ({kind} computed {grade})</source>
        <translation>physician&apos;s grade ({kind} computed {grade})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{months} months</source>
        <translation>{months} months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} y</source>
        <translation>{years} y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weight not recorded</source>
        <translation>weight not recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kg} kg ({date})</source>
        <translation>{kg} kg ({date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B-ALL</source>
        <translation>B-ALL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B-cell lymphoma</source>
        <translation>B-cell lymphoma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple myeloma</source>
        <translation>Multiple myeloma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoimmune neurological disease</source>
        <translation>Autoimmune neurological disease</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other diagnosis</source>
        <translation>Other diagnosis</translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <location filename="../cart_bedside/ui/patient_screen.py" line="+241"/>
        <source>‹ Ward board</source>
        <extracomment>The tabs, in order.</extracomment>
        <translation>‹ Ward board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer bed…</source>
        <translation>Transfer bed…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge…</source>
        <translation>Discharge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol…</source>
        <translation>Protocol…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift entry</source>
        <translation>Shift entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labs</source>
        <translation>Labs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts &amp;&amp; tasks</source>
        <translation>Alerts &amp;&amp; tasks</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/pin_dialog.py" line="+63"/>
        <source>Sign and save</source>
        <extracomment>A visible frame, also where no window manager draws one (kiosk tablets, Xvfb).</extracomment>
        <translation>Sign and save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your PIN to sign this entry</source>
        <translation>Enter your PIN to sign this entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing as: {name}</source>
        <translation>Signing as: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../cart_bedside/ui/pin_pad.py" line="+126"/>
        <location line="+31"/>
        <source>OK</source>
        <extracomment>One geometry everywhere (sign-in, signature, co-sign, first run): the keys never move.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>←
Delete</source>
        <translation>←
Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN keypad</source>
        <translation>PIN keypad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} digits entered</source>
        <translation>{n} digits entered</translation>
    </message>
</context>
<context>
    <name>PrintTrendsButton</name>
    <message>
        <location filename="../cart_bedside/ui/trend_print.py" line="+85"/>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Trends PDF written ({pages} pages, readable by this account only):
{path}</source>
        <translation>Trends PDF written ({pages} pages, readable by this account only):
{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trends PDF could not be made: {error}</source>
        <translation>The trends PDF could not be made: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Print trends</source>
        <translation>Print trends</translation>
    </message>
</context>
<context>
    <name>PrintUnavailableBox</name>
    <message>
        <location filename="../cart_bedside/ui/handover_print.py" line="+87"/>
        <source>Printing is not available</source>
        <translation>Printing is not available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer is set up on this computer (or its print service is not running): ask IT to add the ward&apos;s printer.</source>
        <translation>No printer is set up on this computer (or its print service is not running): ask IT to add the ward&apos;s printer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer cannot print: the print service CUPS is not installed (packages libcups2 and cups-client): ask IT to install it.</source>
        <translation>This computer cannot print: the print service CUPS is not installed (packages libcups2 and cups-client): ask IT to install it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can save the sheet as a PDF now and print it from another computer.</source>
        <translation>You can save the sheet as a PDF now and print it from another computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the handover sheet</source>
        <translation>Save the handover sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProductSection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/product_section.py" line="+170"/>
        <source>Diagnosis and CAR-T product</source>
        <translation>Diagnosis and CAR-T product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B-ALL</source>
        <translation>B-ALL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B-NHL / DLBCL</source>
        <translation>B-NHL / DLBCL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple myeloma (MM)</source>
        <translation>Multiple myeloma (MM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neurological autoimmune disease (incl. myasthenia gravis)</source>
        <translation>Neurological autoimmune disease (incl. myasthenia gravis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costimulatory domain</source>
        <translation>Costimulatory domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>Infusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name, e.g. axicabtagene ciloleucel</source>
        <translation>Product name, e.g. axicabtagene ciloleucel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admission/protocol_dialog.py" line="+75"/>
        <location line="+19"/>
        <source>Change protocol</source>
        <translation>Change protocol</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Change the protocol for bed {bed}: {name}</source>
        <translation>Change the protocol for bed {bed}: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now: {protocol} ({why})</source>
        <translation>Now: {protocol} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protocol for this patient</source>
        <translation>Protocol for this patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis clarified</source>
        <translation>Diagnosis clarified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MDT decision</source>
        <translation>MDT decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trial protocol</source>
        <translation>Trial protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordReasonDialog</name>
    <message>
        <location filename="../cart_bedside/ui/record/reason_dialog.py" line="+53"/>
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Mark this record as entered in error?</source>
        <translation>Mark this record as entered in error?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It stays readable in the History, struck through. Why is it wrong? (required)</source>
        <translation>It stays readable in the History, struck through. Why is it wrong? (required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong patient</source>
        <translation>Wrong patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charted twice</source>
        <translation>Charted twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not measured / not given</source>
        <translation>Not measured / not given</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mark entered in error</source>
        <translation>Mark entered in error</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Acknowledge alert</source>
        <translation>Acknowledge alert</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Acknowledge this alert</source>
        <translation>Acknowledge this alert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name and the time are recorded. Add a note (optional):</source>
        <translation>Your name and the time are recorded. Add a note (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physician informed</source>
        <translation>Physician informed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already being treated</source>
        <translation>Already being treated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known, reviewed on the ward round</source>
        <translation>Known, reviewed on the ward round</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type a reason</source>
        <translation>Type a reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a note</source>
        <translation>Type a note</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <location filename="../cart_bedside/ui/record/record_text.py" line="+64"/>
        <source>{category} {volume} mL</source>
        <translation>{category} {volume} mL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>T {value} °C</source>
        <translation>T {value} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR {value}</source>
        <translation>HR {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BP {sbp}/{dbp}</source>
        <translation>BP {sbp}/{dbp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RR {value}</source>
        <translation>RR {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpO2 {value} %</source>
        <translation>SpO2 {value} %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unable to assess</source>
        <translation>unable to assess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPD {score}</source>
        <translation>CAPD {score}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seizure</source>
        <translation>seizure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>motor weakness</source>
        <translation>motor weakness</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cerebral oedema</source>
        <translation>cerebral oedema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/review_page.py" line="+212"/>
        <source>Grades from this entry</source>
        <extracomment>(border, background) of an alert by severity; the severity is also written out.</extracomment>
        <translation>Grades from this entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the last record</source>
        <translation>Changes since the last record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the protocol says for these grades</source>
        <translation>What the protocol says for these grades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tocilizumab</source>
        <translation>Tocilizumab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusual values to confirm</source>
        <translation>Unusual values to confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry</source>
        <translation>This entry</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No findings for a grade.</source>
        <translation>No findings for a grade.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{kind} grade {grade}:</source>
        <translation>{kind} grade {grade}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol for this patient: {protocol}</source>
        <translation>Protocol for this patient: {protocol}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No management step for grade 0: keep monitoring.</source>
        <translation>No management step for grade 0: keep monitoring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>Source: {sources}</source>
        <translation>Source: {sources}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Tap the box below to confirm the lower grade, then sign.</source>
        <translation>Tap the box below to confirm the lower grade, then sign.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I checked the patient: the lower grade is right</source>
        <translation>I checked the patient: the lower grade is right</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/review_texts.py" line="+19"/>
        <source>No dose: the patient&apos;s weight is missing.</source>
        <translation>No dose: the patient&apos;s weight is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose by the rules: {dose} mg ({per_kg} mg/kg × {weight} kg, weighed {when})</source>
        <translation>Dose by the rules: {dose} mg ({per_kg} mg/kg × {weight} kg, weighed {when})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Capped at the maximum single dose.</source>
        <translation>Capped at the maximum single dose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protocol step for these grades includes tocilizumab.</source>
        <translation>The protocol step for these grades includes tocilizumab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doses given: {given}; remaining: {remaining} of {total}.</source>
        <translation>Doses given: {given}; remaining: {remaining} of {total}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No further dose allowed (maximum number of doses reached).</source>
        <translation>No further dose allowed (maximum number of doses reached).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next dose allowed: now.</source>
        <translation>Next dose allowed: now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next dose allowed: not before {time}.</source>
        <translation>Next dose allowed: not before {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No further dose allowed now.</source>
        <translation>No further dose allowed now.</translation>
    </message>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/review_page.py" line="+18"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirmed: {reason}</source>
        <translation>confirmed: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to confirm when you save</source>
        <translation>to confirm when you save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{warning} ({status})</source>
        <translation>{warning} ({status})</translation>
    </message>
</context>
<context>
    <name>RiskSection</name>
    <message>
        <location filename="../cart_bedside/ui/admission/risk_section.py" line="+109"/>
        <source>Risk group: {group}</source>
        <translation>Risk group: {group}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre-infusion high-risk factors</source>
        <translation>Pre-infusion high-risk factors</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any factor, or age 70 or over, puts the patient in the high-risk group (re-assessed on D1–D2 after lymphodepletion).</source>
        <translation>Any factor, or age 70 or over, puts the patient in the high-risk group (re-assessed on D1–D2 after lymphodepletion).</translation>
    </message>
</context>
<context>
    <name>SecondBackupBox</name>
    <message>
        <location filename="../cart_bedside/ui/admin/second_backup_box.py" line="+82"/>
        <location line="+52"/>
        <source>Second backup location</source>
        <translation>Second backup location</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this folder</source>
        <translation>Use this folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Second backup location set in Settings</source>
        <translation>Second backup location set in Settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second backup location cleared in Settings</source>
        <translation>Second backup location cleared in Settings</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: backups are kept on this tablet only. Choose a USB stick or a network folder to keep a second copy of every backup there.</source>
        <translation>None: backups are kept on this tablet only. Choose a USB stick or a network folder to keep a second copy of every backup there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every backup is also copied to {folder}.</source>
        <translation>Every backup is also copied to {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} cannot be reached now (USB stick removed?): backups there fail, with a banner and an audit entry, until it is back.</source>
        <translation>{folder} cannot be reached now (USB stick removed?): backups there fail, with a banner and an audit entry, until it is back.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../cart_bedside/ui/admin/settings_screen.py" line="+126"/>
        <source>Settings are for the ward administrator: sign in with an administrator account.</source>
        <translation>Settings are for the ward administrator: sign in with an administrator account.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>‹ Ward board</source>
        <translation>‹ Ward board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward settings and administration</source>
        <translation>Ward settings and administration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward settings</source>
        <translation>Ward settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab import</source>
        <translation>Lab import</translation>
    </message>
</context>
<context>
    <name>ShiftEntryWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/entry_reviewer.py" line="+42"/>
        <source>CAPD: answer all eight items (or tap “Unable to perform”) before saving.</source>
        <translation>CAPD: answer all eight items (or tap “Unable to perform”) before saving.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing entered yet: there is nothing to save.</source>
        <translation>Nothing entered yet: there is nothing to save.</translation>
    </message>
</context>
<context>
    <name>ShiftsEditor</name>
    <message>
        <location filename="../cart_bedside/ui/admin/shifts_editor.py" line="+149"/>
        <source>{shift} start time</source>
        <extracomment>Shift names by number of shifts (those of ``service.ward_settings`` for a plain list).</extracomment>
        <translation>{shift} start time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{shift} name on the ward</source>
        <translation>{shift} name on the ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names on the ward</source>
        <translation>Names on the ward</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{n} shifts</source>
        <translation>{n} shifts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid day starts</source>
        <translation>Fluid day starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the ward (optional)</source>
        <translation>Name on the ward (optional)</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../cart_bedside/ui/sign_in.py" line="+211"/>
        <source>Tap your name first (or type your user name).</source>
        <translation>Tap your name first (or type your user name).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CAR-T bedside chart</source>
        <translation>CAR-T bedside chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is signing in?</source>
        <translation>Who is signing in?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type your user name:</source>
        <translation>Or type your user name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician</source>
        <translation>Physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tap your name</source>
        <translation>Tap your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../cart_bedside/ui/record/dose_sign_pages.py" line="+47"/>
        <source>Signed by {name}</source>
        <translation>Signed by {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign the dose with your PIN</source>
        <translation>Sign the dose with your PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
</context>
<context>
    <name>StepBarWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/step_bar.py" line="+45"/>
        <source>Vitals</source>
        <translation>Vitals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen and vasopressors</source>
        <translation>Oxygen and vasopressors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuro</source>
        <translation>Neuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluids</source>
        <translation>Fluids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and sign</source>
        <translation>Review and sign</translation>
    </message>
</context>
<context>
    <name>SteroidPanel</name>
    <message>
        <location filename="../cart_bedside/ui/record/steroid_panel.py" line="+57"/>
        <source>Corticosteroids</source>
        <translation>Corticosteroids</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dexamethasone-equivalent: {mg} mg</source>
        <translation>Dexamethasone-equivalent: {mg} mg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days on steroids: {days}</source>
        <translation>Days on steroids: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last dose {time}</source>
        <translation>last dose {time}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../cart_bedside/ui/sync_details.py" line="+95"/>
        <location line="+1"/>
        <source>Sync with the ward server</source>
        <translation>Sync with the ward server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workstation</source>
        <translation>workstation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tablet</source>
        <translation>tablet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{error} ({time})</source>
        <translation>{error} ({time})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} rows</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked for a sync: this updates when the round ends.</source>
        <translation>Asked for a sync: this updates when the round ends.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records charted on other tablets since then may be missing here: doses given elsewhere may not be counted.</source>
        <translation>Records charted on other tablets since then may be missing here: doses given elsewhere may not be counted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} ({n} min ago)</source>
        <translation>{time} ({n} min ago)</translation>
    </message>
</context>
<context>
    <name>SyncIntervalBox</name>
    <message>
        <location filename="../cart_bedside/ui/admin/sync_interval_box.py" line="+62"/>
        <source>Ward server</source>
        <translation>Ward server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every …</source>
        <translation>Sync every …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often each enrolled tablet and workstation exchanges records with the ward server (and at once after every save).</source>
        <translation>How often each enrolled tablet and workstation exchanges records with the ward server (and at once after every save).</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../cart_bedside/ui/sync_status_bar.py" line="+86"/>
        <source>⚠ Never synced</source>
        <extracomment>How often the bar reads the status again (the worker&apos;s rounds also redraw it).</extracomment>
        <translation>⚠ Never synced</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synced for {n} min</source>
        <translation>Not synced for {n} min</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/record/task_table_model.py" line="+34"/>
        <source>Due</source>
        <extracomment>Kinds of hand-added tasks spelt as plurals (the record kinds are singular).</extracomment>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by {latest}</source>
        <translation>by {latest}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status} (late)</source>
        <translation>{status} (late)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+17"/>
        <source>{task} (added by hand)</source>
        <translation>{task} (added by hand)</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+45"/>
        <source>later shift</source>
        <translation>later shift</translation>
    </message>
</context>
<context>
    <name>TimeStepper</name>
    <message>
        <location filename="../cart_bedside/ui/record/time_stepper.py" line="+86"/>
        <source>Time</source>
        <extracomment>The buttons: label key → step.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 h</source>
        <translation>−1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−15 min</source>
        <translation>−15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>now ({time})</source>
        <translation>now ({time})</translation>
    </message>
</context>
<context>
    <name>TocilizumabPanel</name>
    <message>
        <location filename="../cart_bedside/ui/record/toci_panel.py" line="+97"/>
        <source>Tocilizumab</source>
        <translation>Tocilizumab</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{state} — in {countdown}</source>
        <translation>{state} — in {countdown}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dose by weight: {mg} mg ({per_kg} mg/kg)</source>
        <translation>Dose by weight: {mg} mg ({per_kg} mg/kg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{time}: {mg} mg, ordered by {ordered}, given by {given}</source>
        <translation>{time}: {mg} mg, ordered by {ordered}, given by {given}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — override: {reason}</source>
        <translation> — override: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tocilizumab given.</source>
        <translation>No tocilizumab given.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admission/transfer_dialog.py" line="+47"/>
        <location line="+1"/>
        <source>Transfer to another bed</source>
        <translation>Transfer to another bed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now in bed {bed}: {name}</source>
        <translation>Now in bed {bed}: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New bed</source>
        <translation>New bed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearer the nurses&apos; station</source>
        <translation>Nearer the nurses&apos; station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isolation room</source>
        <translation>Isolation room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient&apos;s request</source>
        <translation>Patient&apos;s request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <location filename="../cart_bedside/ui/trends_tab.py" line="+277"/>
        <source>The trends could not be drawn: {error}</source>
        <extracomment>Data older than this is re-read when the range changes (the window ends at &quot;now&quot;).</extracomment>
        <translation>The trends could not be drawn: {error}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tap a point to see its value, the time and who recorded it.</source>
        <translation>Tap a point to see its value, the time and who recorded it.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Drawing the trends…</source>
        <translation>Drawing the trends…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>72 h</source>
        <translation>72 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since infusion</source>
        <translation>Since infusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late entry</source>
        <translation>Late entry</translation>
    </message>
</context>
<context>
    <name>UnmatchedTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/lab_import_models.py" line="-48"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message / line</source>
        <translation>Message / line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN and name</source>
        <translation>MRN and name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test (code)</source>
        <translation>Test (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not imported</source>
        <translation>Why not imported</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../cart_bedside/ui/admin/user_dialog.py" line="+146"/>
        <source>The PIN must be {low} to {high} digits</source>
        <translation>The PIN must be {low} to {high} digits</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two PINs differ: type the new PIN again</source>
        <translation>The two PINs differ: type the new PIN again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the new PIN ({low}–{high} digits)</source>
        <translation>Type the new PIN ({low}–{high} digits)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the same PIN again</source>
        <translation>Type the same PIN again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN for {name} ({user})</source>
        <translation>New PIN for {name} ({user})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician</source>
        <translation>Physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. wangli</source>
        <translation>e.g. wangli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 王丽</source>
        <translation>e.g. 王丽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/users_panel.py" line="+114"/>
        <source>User {user} created</source>
        <translation>User {user} created</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New PIN set for {user}</source>
        <translation>New PIN set for {user}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{user} unlocked</source>
        <translation>{user} unlocked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deactivate {user}?</source>
        <translation>Deactivate {user}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account can no longer sign in. It is not deleted: its records keep its name, and it can be reactivated.</source>
        <translation>The account can no longer sign in. It is not deleted: its records keep its name, and it can be reactivated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the ward</source>
        <translation>Left the ward</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Long leave</source>
        <translation>Long leave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{user} deactivated</source>
        <translation>{user} deactivated</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reactivate {user}?</source>
        <translation>Reactivate {user}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account can sign in again with its PIN.</source>
        <translation>The account can sign in again with its PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back on the ward</source>
        <translation>Back on the ward</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} reactivated</source>
        <translation>{user} reactivated</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the role of {user}</source>
        <translation>Change the role of {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: {role}</source>
        <translation>Now: {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} is now {role}</source>
        <translation>{user} is now {role}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reactivate…</source>
        <translation>Reactivate…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/users_table_model.py" line="+40"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nurse</source>
        <translation>nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>physician</source>
        <translation>physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active ({n} wrong PINs)</source>
        <translation>active ({n} wrong PINs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>VasopressorToggles</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/vasopressor_toggles.py" line="+90"/>
        <source>Norepinephrine</source>
        <extracomment>Offered in the &quot;other&quot; box (the names the logic receives); any other name may be typed. Stands for an &quot;other&quot; vasopressor whose name was not entered: it still counts.</extracomment>
        <translation>Norepinephrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epinephrine</source>
        <translation>Epinephrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dopamine</source>
        <translation>Dopamine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phenylephrine</source>
        <translation>Phenylephrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressin</source>
        <translation>Vasopressin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metaraminol</source>
        <translation>Metaraminol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlipressin</source>
        <translation>Terlipressin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angiotensin II</source>
        <translation>Angiotensin II</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vasopressors running</source>
        <translation>Vasopressors running</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the other vasopressor:</source>
        <translation>Name of the other vasopressor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or type another name</source>
        <translation>or type another name</translation>
    </message>
</context>
<context>
    <name>VitalsPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/vitals_page.py" line="+172"/>
        <source>Temperature</source>
        <extracomment>How far each &quot;earlier&quot; button moves the observed time back.</extracomment>
        <translation>Temperature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Systolic BP</source>
        <translation>Systolic BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation>Diastolic BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>Respiratory rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Observed at</source>
        <translation>Observed at</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Vital signs</source>
        <translation>Vital signs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight (optional)</source>
        <translation>Weight (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−{minutes} min</source>
        <translation>−{minutes} min</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The diastolic ({dbp}) must be below the systolic ({sbp})</source>
        <translation>The diastolic ({dbp}) must be below the systolic ({sbp})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Today {time}</source>
        <translation>Today {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday {time}</source>
        <translation>Yesterday {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min ago</source>
        <translation>{minutes} min ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late entry (more than 60 min ago): it will be marked</source>
        <translation>Late entry (more than 60 min ago): it will be marked</translation>
    </message>
</context>
<context>
    <name>WardBoardWidget</name>
    <message>
        <location filename="../cart_bedside/ui/ward_board.py" line="+241"/>
        <source>Ward board</source>
        <extracomment>The board redraws itself this often: due turns overdue, &quot;2 h ago&quot; moves on. cards built while the PIN is typed (prepare_card): hidden until sign-in</extracomment>
        <translation>Ward board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort:</source>
        <translation>Sort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By bed</source>
        <translation>By bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By severity</source>
        <translation>By severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide names</source>
        <translation>Hide names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{n} occupied beds</source>
        <translation>{n} occupied beds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · updated {time}</source>
        <translation> · updated {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to see the ward.</source>
        <translation>Sign in to see the ward.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No occupied beds.</source>
        <translation>No occupied beds.</translation>
    </message>
</context>
<context>
    <name>WardSettingsPanel</name>
    <message>
        <location filename="../cart_bedside/ui/admin/ward_settings_panel.py" line="+267"/>
        <source>Saved: {what}</source>
        <translation>Saved: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved before the refusal: {what}. </source>
        <translation>Saved before the refusal: {what}. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved — {field}: {message}</source>
        <translation>Not saved — {field}: {message}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>ward name</source>
        <translation>ward name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beds</source>
        <translation>beds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shifts</source>
        <translation>shifts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift names</source>
        <translation>shift names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluid day start</source>
        <translation>fluid day start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>escalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>tocilizumab limits</source>
        <translation>tocilizumab limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-lock</source>
        <translation>auto-lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paediatric dosing</source>
        <translation>paediatric dosing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>laboratory upper limits of normal</source>
        <translation>laboratory upper limits of normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ward setting</source>
        <translation>a ward setting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol the ward follows</source>
        <translation>Protocol the ward follows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>sync interval</source>
        <translation>sync interval</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ward name</source>
        <translation>Ward name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bed labels in board order, separated by commas. Empty: any bed label is accepted. A bed with a patient in it cannot be removed.</source>
        <translation>Bed labels in board order, separated by commas. Empty: any bed label is accepted. A bed with a patient in it cannot be removed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or number the beds from 01 to …</source>
        <translation>Or number the beds from 01 to …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change (optional, audited)</source>
        <translation>Reason for the change (optional, audited)</translation>
    </message>
</context>
<context>
    <name>WidgetGallery</name>
    <message>
        <location filename="../tools/widget_gallery.py" line="+199"/>
        <source>cart_bedside — widget gallery</source>
        <translation>cart_bedside — widget gallery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedside widgets</source>
        <translation>Bedside widgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>Systolic BP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numeric keypad and number fields</source>
        <translation>Numeric keypad and number fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade badges</source>
        <translation>Grade badges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE score (patients 12 years and over)</source>
        <translation>ICE score (patients 12 years and over)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAPD (children under 12)</source>
        <translation>CAPD (children under 12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen</source>
        <translation>Oxygen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressors</source>
        <translation>Vasopressors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid balance this shift</source>
        <translation>Fluid balance this shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting pad</source>
        <translation>Handwriting pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting compared with baseline</source>
        <translation>Handwriting compared with baseline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade.</source>
        <translation>Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same badges printed in greyscale:</source>
        <translation>The same badges printed in greyscale:</translation>
    </message>
</context>
</TS>
