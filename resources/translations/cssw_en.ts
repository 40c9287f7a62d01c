<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Tick at least one agency, document or research they no longer agree to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the family told you cannot be in the future (today is %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be before %s, when the family signed the current consent form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how they told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name under “Recorded by”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person named to sign, or clear their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “I confirm the family told me this” to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: keep it to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains hidden or control characters. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet. Tick what they no longer agree to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s withdraws their own consent; the adult&apos;s consent is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW will no longer share their information with %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW will no longer approach %s for their information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW will no longer share information with %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW will no longer approach %s for information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW will no longer copy these documents to agencies: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW will no longer use anonymised information for research.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CSSW offline consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW offline consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a family&apos;s consent to information sharing on home visits, and keeps it safe on this laptop until it is sent to the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the council to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet and privacy &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the leaflet and the council&apos;s privacy notice disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaflet is shown word for word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the council to settle; central keeps records for the notice&apos;s periods. See “Leaflet and privacy notice…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It disagrees with the council&apos;s later privacy notice on 1 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It disagrees with the council&apos;s later privacy notice on %n points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of third-party licences is missing from this installation. Please tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgenciesStep</name>
    <message>
        <source>Note about children&apos;s safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — share information with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — do not share information with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May CSSW share the family&apos;s information with %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — approach %s for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — do not approach %s for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May CSSW approach %s for information about the family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education (including early years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early help service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth offending service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug and alcohol services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other local authorities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CSSW offline consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkApprove</name>
    <message>
        <source>%s family · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was approved: %1 of the %2 records you chose need a closer look (%3). Open each flagged record, read it, and approve or return it on its own; approve the others together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family — %s · %s, from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is flagged on these records. Each will be approved and filed with the case system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve several records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve 1 record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %n records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve 1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve %n records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved; stopped at the %2 family&apos;s record, which is still waiting: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved 1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %n records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then choose a new one. From then on you unlock the app with the new one. Nobody can reset it, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new passphrase from now on (on when both are typed alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the passphrase you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may CSSW share information with this agency? %2: may CSSW ask this agency for information?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of documents to other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research (anonymised information only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not asked for their own consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter, %1, helped, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a gender, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this child off the family (when saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildrenTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13+ — own consent needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13+ — not asked on %s (reason recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13+ — gave own consent on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13+ — said No for themselves on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13+ — gave own answers on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is 13 or over: ask for their own consent as well as the parent&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicesStep</name>
    <message>
        <source>Yes — copies of %s may go to other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — no copies of %s to other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May CSSW give copies of %s to other agencies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research: may CSSW share the family&apos;s information, made anonymous, with other organisations for research? (See “Sharing information for research purposes” in the leaflet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research (anonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — anonymised information may be used for research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — not for research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May CSSW share the family&apos;s information, made anonymous, for research?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>what information will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the information will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with whom the information will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consequences of sharing or not sharing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how information will be kept secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can ask to see case records under the Data Protection Act 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have the right to withdraw consent at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed or recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(corrected since: open the form to read the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %s, version %d, sealed %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form signed (version %d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: may share with %d of %d agencies, approach %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s&apos;s own withdrawal (%s): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal (%s): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (young person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (interpreter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s confirmed the family said so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s confirmed the young person said so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %s; %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %s; recorded by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStateModel</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May approach for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — withdrawn %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStateView</name>
    <message>
        <source>Consent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the consent is based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people&apos;s own consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why consent is to be asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart consent visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start consent visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the leaflet and the consent form with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visit with the family&apos;s current choices filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the family, or a young person, no longer agrees to something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for each agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each agency: may CSSW share information with it, and approach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — not asked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — own answers, the same as %s&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — own answers; unlike %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people&apos;s own consent: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — withdrawn %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the family&apos;s consent records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Go through consent again with the family (Renew consent): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded yet. Until the family gives consent, CSSW shares information only where a child may be at risk of significant harm or the law requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on the form signed on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with 1 later withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %d later withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent visit saved on %s has not been finished. %s offers to carry on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of documents to agencies — %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised information for research: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Not connected to central. Open the team review first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Team dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask central again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these counts as a spreadsheet file: no family&apos;s details are in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the team review page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of your team&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on laptops, not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records waiting on laptops, by how long the oldest has waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records waiting, by how long the oldest on its laptop has waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops with records waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What families said No to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No on the latest form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing information with each agency: families who said No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking each agency for information: families who said No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing information with the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the agency for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is reviewed every month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is reviewed every %n months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As central had it at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No share without consent is waiting on a decision about telling the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 share without consent: the family has not been told. Decide whether to tell them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n shares without consent: the family has not been told. Decide whether to tell them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of them passed the date set to look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n of them passed the date set to look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 family in your team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n families in your team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 current, %2 review due within 30 days, %3 overdue, %4 never asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No young person has turned 13 since their family&apos;s last consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 young person has turned 13 since their family&apos;s last consent: ask for their own consent at the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n young people have turned 13 since their family&apos;s last consent: ask for their own consent at the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %s could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the oldest for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; last in touch with central %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every laptop in your team has sent what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shown below may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the counts as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard&apos;s counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateOfBirthEdit</name>
    <message>
        <source>Not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day/month/year, or press F4 for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesTableModel</name>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d (%d had a problem sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayControl</name>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Signed and sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the si&amp;gned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sealed form as it prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print a copy for the family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the signed form for the family to keep (your passphrase is asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the family&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and sealed at %s. Record %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %s family&apos;s consent record is kept, encrypted, on this laptop. It can no longer be changed.

Record id: %s
Fingerprint (SHA-256): %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the %s family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect this laptop to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once connected, what you sign is sent to central when this laptop is online. Until then, everything still works here and is kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrollment code from IT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code here. It starts with CSSW1-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code IT gave you, starting CSSW1-. Paste it here. Tab moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;central password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your central password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password IT set for you at central, not this laptop&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password IT set for you at central, not this laptop&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to another central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a visit, use Download my caseload to bring your families onto this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this laptop to central with the code and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your allocated families onto this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is connected to central at %1. This code is for central at %2. Move it only if IT told you to: records it sends from now on go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move this laptop from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the enrollment code IT gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to move this laptop, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your central password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected for %s.
Role: %s. Team: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>The app cannot open its information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been deleted. If this does not go away after trying again, contact the IT service desk and tell them the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to open the information again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saved before this is safe. If the last thing you did does not show, please try it again. If this keeps happening, tell the IT service desk the time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This copy of the app is missing its encryption library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be put into safe-write mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read with its key: the file is damaged or is not this laptop&apos;s store. Contact IT support; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked. Unlock it to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That family is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file in the data folder is damaged, so the store cannot be opened. Contact IT support; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file asks for a weaker protection than this app allows. Contact IT support; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was last used by a newer version of the app (store version %1, this app understands up to %2). Install the newer version; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is for a record this laptop did not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt does not name the record that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is signed and sealed; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent record is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is already signed and sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 is there but its key file (%2) is missing, so it cannot be opened. Contact IT support; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 is a real store, not a training store, so training does not open it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s keyring no longer holds the device secret for the store in %1, so it cannot be opened here. The store has not been changed. Contact IT support; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a store in %1; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store in %1 and its key file disagree about whether it is a training store, so it cannot be opened. Contact IT support; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code was not made by your council&apos;s IT, so this laptop will not use it. Do not type your password for it anywhere. Tell IT who gave you the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has no council key to check enrollment codes with, so it cannot enroll. Ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s server address is not an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s server address is not a plain https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code&apos;s server address must not have a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an enrollment code: it should start with CSSW1-. Check it with IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is incomplete or mistyped. Copy it again, all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code cannot be read. Ask IT for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central did not see this laptop&apos;s signature on the request. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central does not know this laptop. Ask IT for a new enrollment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT has switched this laptop off for the consent service, so its store was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central saw the same request twice and refused the second one. Sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central did not accept this laptop&apos;s signature. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central could not read what this laptop sent. It is kept on this laptop; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is too large for central to take. It is kept on this laptop; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed after it was signed, so central refused it. It is kept on this laptop; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record&apos;s seal does not check out, so central refused it. It is kept on this laptop; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was made in training, so central refused it: records made in training are never sent. It is kept on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was sealed on another laptop, so central will not take it from this one. It is kept on this laptop; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central already holds a different copy of this record and version. It is kept on this laptop; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central does not hold that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do that. Ask your team lead or IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record has already been dealt with. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central is busy just now. The laptop will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central had a problem. Nothing is lost; the laptop will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That enrollment code or password was not accepted. Check both, or ask IT for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That enrollment code has expired. Ask IT for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That enrollment code has already been used. Ask IT for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central could not make the signed PDF of this record, so it was not approved. Nothing is lost: tell IT, and approve it again once they have fixed this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central is not working properly just now (error %1). Nothing is lost; the laptop will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central refused the request (error %1). Tell IT if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central&apos;s answer could not be read. Nothing is lost; the laptop will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central did not answer in time. The connection may be slow; the laptop will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central&apos;s address could not be found. Check the laptop is connected to the internet; the laptop will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to central could not be made, so nothing was sent. If you are on a hotel or public network, try another; otherwise tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central could not be reached. Check the laptop is connected to the internet; nothing is lost and the laptop will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has not been signed and sealed, so there is no form to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central&apos;s copy of this record cannot be read. Please tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record&apos;s seal does not check out (%1). Do not approve it; please tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is connected to central at %1 and still has %2 record(s) to send there. It cannot be moved to %3 until they are sent: sync first, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is connected to central at %1; this code is for central at %2. Move it only if IT told you to, and confirm by naming %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central already knows this laptop and would not enroll it again. Ask IT to remove the old entry, then enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait 1 minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait %1 minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of unsent records cannot be read: it is damaged or belongs to another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of unsent records could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a training store: its families and records are fictional, so it is never connected to central and nothing in it is sent. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s disk is full, so nothing was saved just now. Everything saved before is safe. Free some space (or ask IT to), then try again: if you were sealing a record, press Seal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s data folder cannot be written to at the moment (the disk or the folder is read-only), so nothing was saved just now. Everything saved before is safe. Ask IT to make the folder writable again, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s disk could not be written to just now, so nothing was saved. Everything saved before is safe. Try again; if it keeps happening, contact IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store on this laptop is damaged: part of it can no longer be read. Nothing has been deleted. Contact IT support; your unsent records can be restored from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store on this laptop is damaged, so it cannot be opened. Nothing has been deleted. There is no readable backup of unsent records on this laptop. Contact IT support; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store on this laptop is damaged, so it cannot be opened. Nothing has been deleted. %1 sealed record(s) not yet sent to central are safe in the backup of %2: restore them into a new store (Restore on the unlock page, or the command cssw-desktop restore-backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of unsent records on this laptop, so there is nothing to restore. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainedStep</name>
    <message>
        <source>Tick each point as you explain it. The time you tick it is kept in the record. “The following information has been explained to me:”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when you have explained this; the time you tick it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explained at %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a family (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name, a child&apos;s name or the case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show families by consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which families the list shows: all, or those in one consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One family a row. Enter opens the family&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column&apos;s heading to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many families are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page of the family chosen in the list (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No families yet. Use Add family to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No families to show for “%1”. Choose All families in Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No families match your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 families</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesTableModel</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyConsent</name>
    <message>
        <source>This family&apos;s consent records could not be read. Nothing has been changed. Please tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal has been recorded and sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share has been recorded and sealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyEditor</name>
    <message>
        <source>Add family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;reference (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated &amp;worker (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s surname, as the family page shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the family lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference in the council&apos;s case records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social worker allocated to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add c&amp;hild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row for another child of the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the family and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the child&apos;s date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fix the problem below before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please fix the %n problems below before saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved. Throw them away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>&amp;Edit family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the family&apos;s details and children (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the families list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each child&apos;s name, date of birth, age, and whether they consent themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the recor&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected form or withdrawal as it prints (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signed form and withdrawal, newest first. Enter shows the one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children recorded yet. Use Edit family to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked “13+ — own consent needed”: %s. Ask them for their own consent as well as the parent&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest consent form has the own answer of each young person aged 13 or over, or why they were not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the children are under 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signed consent form and withdrawal, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed consent forms or withdrawals yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyProblem</name>
    <message>
        <source>Please enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long: keep it to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains hidden or control characters. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date of birth makes the child over %1. Please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyScreen</name>
    <message>
        <source>Your information, your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back to the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your social worker: they type their passphrase to go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagAdvice</name>
    <message>
        <source>check the worker explained what saying No means and that the answers are the family&apos;s own; approve if the record is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the worker discussed it with the young person and recorded their own wishes; approve if the record is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the reason on the form; return it to the worker if there is no good reason, approve if there is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the worker why it waited on the laptop; approve if the record is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the names and dates of birth with the case system; return it to the worker if the form is wrong, or have the case system put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check what CSSW still shares about them on the adult&apos;s consent and tell the agencies concerned; approve to file the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the reason and the manager&apos;s authorisation are recorded; approve if the decision was made properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide by that date whether the family can now be told; it stays on your list of shares the family was not told of until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not approve it as it is: ask the worker which consent it rested on, and return it if it was in fact shared without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the record closely; approve only if it is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandBackPanel</name>
    <message>
        <source>For your social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to go back to the worker&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social worker&apos;s passphrase. Press Enter to go back to their screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the worker&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on the family&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the passphrase and go back to the worker&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language will the family read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaflet and the screens the %s family sees will be in this language. Your own screens stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose with the arrow keys, then press Enter to start the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the visit in the language chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back without starting a visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastTime</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeafletEndPage</name>
    <message>
        <source>Scroll the end of the leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the page up and down, to your rights and who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached the end of the leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for reading it. Please give the laptop back to your social worker now. They will answer your questions and go through your choices with you, one at a time. At the end you check your choices and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below: your rights and who to contact about your information. They are also on your copy of the form you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the laptop back to your social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your social worker types their passphrase to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back to the leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the leaflet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not seen these sections yet: %s. “Back to the leaflet” takes you there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeafletNotice</name>
    <message>
        <source>The family reads the leaflet&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long child protection records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads the leaflet&apos;s 30 years; central keeps child protection records for the notice&apos;s 35 years, counted from the day the record was sealed, as neither document says when the period starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the children in need period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads the leaflet&apos;s words; central counts the 25 years from the date the case was closed, as the notice says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the looked after children period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads the leaflet&apos;s words; central counts the 100 years from the birth of the youngest child the record covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaflet has no adoption periods and the family is not shown any; central keeps adoption records for 100 years from the adoption order, and those of adopters not approved for 10 years from the date the case was closed (the notice names no start for these).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the periods are all required by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether sharing rests on consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads the leaflet&apos;s words and the app records their consent agency by agency, as the paper form does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the family is not told or asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who information may be shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads the leaflet&apos;s eleven agencies and answers for each; the notice also names schools, other council services, the Department for Education, Ofsted and, for adoption, other parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family is asked about research as the leaflet describes it; the notice says nothing of research or of consent to it, and names the Department for Education, not the Department for Communities and Local Government.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent seeing a child&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to ask to see your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads the leaflet&apos;s words; the rights and contacts after the leaflet and on the family&apos;s copy name the notice&apos;s web form and the email both documents give (resources/rights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What information is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads the leaflet&apos;s list; the notice also names ethnicity, religious belief, health and criminal offence data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data protection law named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeafletReader</name>
    <message>
        <source>Scroll the leaflet section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the section&apos;s text up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;section ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the section before (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s. %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s of the leaflet, as the family reads it. Read it line by line or sentence by sentence; Next section (Ctrl+Page Down) goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the end of the leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next section of the leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeafletStep</name>
    <message>
        <source>Go through each section with the family. You can give them the laptop to read it on their own screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the laptop to the &amp;family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the leaflet full screen for the family; your passphrase brings you back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesViewer</name>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two names in a list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreens</name>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked — locks after %s without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSSW offline consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;amilies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit this family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CSSW offline consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsYouBar</name>
    <message>
        <source>What needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Nothing today: every family&apos;s consent is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %n reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◷ 1 review due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◷ %n reviews due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 young person turned 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %n young people turned 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 family to go through the new leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %n families to go through the new leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ 1 family never asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ %n families never asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these families</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeViewer</name>
    <message>
        <source>The leaflet and the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the leaflet and the privacy notice disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads the council&apos;s leaflet “Your information, your rights” word for word. Where the council&apos;s later privacy notice says something else, the council has to settle it; until then central keeps records for the notice&apos;s periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaflet says nothing of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaflet: “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy notice: “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it is settled: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the family after the leaflet and on their copy of the form, with the privacy notice&apos;s contacts (IT updates them in resources/rights/rights.json):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is waiting to central now (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect this laptop to central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the enrollment code from IT, so signed forms can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the families list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News from the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each signed form and withdrawal on this laptop, and whether it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been signed on this laptop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records your team lead sent back, with their comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the training store: everything signed here is fictional, is marked TRAINING and is never sent to central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not connected to central yet. Everything you sign is kept safe here and will be sent once it is connected. To connect it you need an enrollment code from IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to central for %s (%s, team: %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team lead sent these back. Read what they ask, then record the visit again or talk to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been returned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 signed in training, never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n signed in training, never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 had a problem sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n had a problem sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family no longer on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, version %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice record: it stays on this laptop and is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central did not accept it. It is kept safe on this laptop; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will try again at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent once this laptop is connected to central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by central %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; removed from this laptop on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %s; since removed from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageJumps</name>
    <message>
        <source>On this page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to the family&apos;s consent now, agency by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to every signed consent form and withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to every share of the family&apos;s information, and record one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing register (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters — three or four random words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use no more than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a common password, word or name that people try first, even with numbers or symbols added. Choose something else — three or four random words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeating the same letter or word over and over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid keyboard patterns and runs such as “qwerty” or “12345”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid your own name or words to do with your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would be too easy to guess. Add another word or two — unusual words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. Three or four random words work well, for example “kettle orbit maple drum”. Common passwords, your own name and keyboard patterns such as “qwerty” are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseChange</name>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while changing the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase you unlock the app with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase: the rules above say what it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed as meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrases as plain text instead of dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: nothing typed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed signature: the signer typed “%1” on the keyboard (no ink).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ink: %1 points in %2 strokes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal %1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent record %1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code: %1 (the council can match this copy to its record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code: %1 (the start of the seal: see “Verifying this record”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying this record: the seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is for checking that the record has not been changed since it was sealed; the family does not need it. When the record was sealed, its content (in canonical JSON) was hashed with SHA-256 and the hash signed with the laptop&apos;s own Ed25519 key. Anyone holding the sealed record can check it against these values (for example with the CSSW app&apos;s “verify” command): any change to the record makes the check fail. The check code at the foot of every page is the start of the content hash below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW may share information with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick the relevant box to indicate your consent to CSSW sharing information with the following agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW may approach for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I also consent to CSSW approaching the following agencies for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note that where we have concerns about your child&apos;s safety we may need to approach some agencies, for example the police, in order to get the information we need to protect your child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following information has been explained to me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I give consent for CSSW to provide copies of the following documents to other agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information, your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic record taken on a home visit; it replaces the paper form. Sealed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of person giving consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to child/ren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymised information only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the form was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes – language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet sections viewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary confirmed by signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person&apos;s consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, aged %2: not sought. Reason recorded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– %1, aged %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: no child covered is aged 13 or over on the visit date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explained %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of person giving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of young person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family withdrew consent for the agencies below. Earlier signed records are not changed: this withdrawal applies on top of them. Sealed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent below was withdrawn. Earlier signed records are not changed: this withdrawal applies on top of them. Sealed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a young person, for their own consent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW may no longer share information with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW may no longer approach for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW may no longer send copies of these documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised information for research:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: CSSW may no longer use it for research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date withdrawn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the family told CSSW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker attestation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm the family told me this themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed by the family (told by: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — not a real record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING</source>
        <comment>the word across a training record&apos;s pages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and filed by central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central made this PDF from the sealed record after checking its seal against the laptop&apos;s enrolled key. The sealed record and central&apos;s signed receipt are attached to this PDF, and central signed the PDF: a PDF reader shows who signed it and whether anything has changed since. The laptop&apos;s audit log of the visit stays on the laptop; it is not part of the seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the date above CSSW will not share information with, or ask for information from, the agencies listed as withdrawn. Information shared before then is not taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we are worried about a child&apos;s safety we may still need to approach some agencies, for example the police, to get the information we need to protect the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change your mind again at any time: tell your social worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep this copy: it is the record CSSW keeps of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW will share information with, and ask for information from, only the agencies marked Yes above, and give copies only of the documents marked Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we are worried about a child&apos;s safety we may still need to approach some agencies, for example the police, to get the information we need to protect your child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the right to withdraw your consent at any time, for any agency, document or research: tell your social worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can ask to see your case records under the Data Protection Act 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep this copy: it is the form you signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this withdrawal was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this share was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened during the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are taken from the sealed record. The laptop&apos;s step-by-step audit log stays on the laptop; it is not part of the seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are taken from the sealed record and from the laptop&apos;s audit log, which cannot be changed without it showing. The log holds no names or other personal details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family withdrew consent (told CSSW by: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager authorised sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet section shown: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained and ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person giving consent checked their answers and confirmed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked their own answers and confirmed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was sealed: from now on it cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was opened on the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the record was saved as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy for the family was printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy for the family was saved as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was queued to be sent to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central confirmed it had received the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit so far was saved on the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action was noted in the laptop&apos;s audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 completed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit moved to another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went back to step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was resumed at step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit began at step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 reached: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s confirmation: I, %1, interpreted the leaflet and the family&apos;s choices on this form into %2, and the family&apos;s answers are as they gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by a person with parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by a young person for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people&apos;s own consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, aged %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: own consent not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – own answer: CSSW may share information with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – own answer: CSSW may approach for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – own answer: copies of documents to other agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW shared information about this family without the family&apos;s consent, for the reason below. Sealed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSSW shared information about this family with the family&apos;s consent. Sealed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children it was about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With consent: the family agreed on their signed form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family was told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family was not told, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be reconsidered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: without consent, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law or court order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, and not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was not asked for, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reauthentication</name>
    <message>
        <source>That is not your passphrase. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPreviewDialog</name>
    <message>
        <source>Signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print for the family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the signed form for the family to keep, without the council&apos;s technical pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;family&apos;s copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the family&apos;s copy of the signed form as a PDF file, without the council&apos;s technical pages (it is not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the whole form as a PDF file (it is not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving makes a copy of this form that is not encrypted. Type your passphrase to show it is you, then choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form as it prints. Page Down and Page Up go to the next and previous page, Home and End to the first and last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed form as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same words as the form&apos;s pages and its PDF, page by page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s pages as they print (Ctrl+Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s words as text, page by page, for reading aloud (Ctrl+Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, to show it is you before a copy is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the passphrase, then choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without saving a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s copy is the signed form without the council&apos;s technical pages. Saving it makes a copy that is not encrypted. Type your passphrase to show it is you, then choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s copy is the signed form without the council&apos;s technical pages. Type your passphrase to show it is you, then choose the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed form as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The family&apos;s copy was sent to the printer (%n pages).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %s. This copy is not encrypted: keep it only where the council allows, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d%%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordViewer</name>
    <message>
        <source>This form could not be shown. Nothing has been changed. Please tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, version %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made. Please tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved there (%s). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your passphrase. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be printed. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a time on a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished consent visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent visit with the %s family is not finished (%s, last saved at %s). Everything recorded so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume the visit with the %s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw the unfinished visit away (you are asked to be sure first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the visit for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on the visit where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded in the visit with the %s family, including any signatures, will be lost. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not discard: keep the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose everything recorded in the visit, signatures included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryCountdown</name>
    <message>
        <source>Time until you can try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family — %s signed %s, from %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What should they put right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the worker should put right; they see it on their laptop. Tab moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the young person&apos;s signature is missing; please revisit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the record back to the worker with this comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without returning the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment so the worker knows what to put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long: keep it under %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment contains hidden or control characters. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnedTableModel</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family not on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>Families &amp;not told of a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares made without consent the family was not told of, by the date to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to central: open the team review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to %s: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family, %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>Only &amp;flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the records that need a closer look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only waiting more than &amp;72 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the records central received more than 72 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s records, or one worker&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Team review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask central again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the families list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team activit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who viewed, approved, returned, filed or erased your team&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s figures: consent by state, refusals by agency, what waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records your team sent, waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the signed form (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn to worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the record chosen in the list: nothing more is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the record chosen back to its worker, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all &amp;unflagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose every record shown that has nothing flagged, to approve them together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all &amp;chosen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve every record chosen in the list, after one confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records sent by your team, oldest first, what central flagged and what to do. Shift or Ctrl with the arrow keys chooses several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is hidden by what you chose to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n are hidden by what you chose to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s &amp;laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each laptop in your team, and what waits on it to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each laptop in your team, its worker, and what waits to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family, %s (%s), from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing flagged: approve it if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record waiting matches what you chose to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record is waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n records are waiting for your review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Who has checked and signed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the laptop to the &amp;family to check and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family checks the summary and signs on their own full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the family&apos;s choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded in this visit, in the words the family will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change an answer, go Back. The family will then need to check the summary and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked and signed by %s. Seal the record to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed so far: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet. Give the laptop to %s to check this and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person giving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the laptop to the family again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a closer look, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, version %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting over 72 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewViewer</name>
    <message>
        <source>Corrected on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family — %s received from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form could not be shown. Please tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made. Please tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved there (%s). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a closer look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a closer look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central flagged nothing on this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the form, then decide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this record: it is filed, and the viewer closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn to worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this record back to its worker, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsPart</name>
    <message>
        <source>The contacts for your rights cannot be shown on this laptop just now. Please ask your social worker for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrollBars</name>
    <message>
        <source>Vertical scroll bar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal scroll bar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves what is shown up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves what is shown left and right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Wrong passphrase. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store on this laptop is damaged, so it cannot be opened. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %d sealed records from the backup; they will be sent to central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after %d minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Minutes without keyboard or mouse use before the app locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months after consent is signed before it should be reviewed with the family.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review consent after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review consent with the family this many months after it is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these settings and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase. It protects the families&apos; information on this laptop, and you will type it each time you unlock the app. Nobody can reset it: if it is forgotten, the information on this laptop cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the encrypted store on this laptop with this passphrase, and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise first with training families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise with training families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the training store of fictional families, in a folder of its own: kept apart from real work and never sent to central. This laptop&apos;s real set-up waits until you come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the training store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the training store. It opens only the fictional families you practise on, never real ones; you will type it to unlock training and to take the laptop back from the family, as on a real visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the training store with this passphrase, fill it with fictional families, and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education (including early years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early help service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth offending service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug and alcohol services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other local authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department for Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofsted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults&apos; Social Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s Legal Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another council service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption: the adopter&apos;s home local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption: the regional adoption agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption: the court and parties to the proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption: another adoption agency, for matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else (name them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details of family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral and the concerns held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments of children and parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews of children&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social workers&apos; contacts with the family and professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of meetings and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information from other professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents prepared for court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child may be suffering, or at risk of suffering, significant harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law says we must or can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking would put the child at further risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking would interfere with a criminal investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking would cause undue delay in safeguarding the child</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Record a share — %s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each time CSSW shares information about this family: with whom, what, how, when and why. A share with consent is checked against what the family agreed at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the school&apos;s or GP&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which children it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details, if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of what was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the family&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law or court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law or order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family was asked and did not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the family asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the family asked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager who authorised it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by (manager):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date authorised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decided to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family has been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family has not been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the family was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the family was not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to reconsider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsider by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date shared cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingRegister</name>
    <message>
        <source>WITHOUT consent: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form does not ask about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signed form at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family had said Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family had said No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family told %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family not told; look again by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record information CSSW shared about this family, with or without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every share recorded on this laptop, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shares recorded on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Sign by &amp;typing your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For signing with the keyboard: type your full name instead of drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all the ink and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last line drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a signature instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the box for a signature drawn with a finger, a pen or the mouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in the box — a dot or a short line is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has 1 line of ink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has {count} lines of ink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with a finger, a pen or the mouse. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Use Clear to start again or Undo to remove the last line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningFlow</name>
    <message>
        <source>Summary of your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read it all. Then tick the box under it if it is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this once you have read the summary and it is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to sign ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the page where you sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something here is &amp;wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is wrong; your social worker changes it with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the part, then give the laptop back to your social worker and tell them what is wrong. They will change it with you, and you will check it and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is giving consent, or the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing information with agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking agencies for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents or research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person&apos;s own answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop goes back to your social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ No, it is right: back to checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the table to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back to the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the summary again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with what is drawn in the box, or the name typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign with the keyboard, press Tab for “Sign by typing your name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read the summary, then tick the box to say it is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has checked and signed. Please give the laptop back to %s, your social worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, please check your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm the summary is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, these are your own answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read them. These are my own answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, I, %1, confirm that I interpreted the leaflet and the family&apos;s choices on this form into %2, and the family&apos;s answers are as they gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, please sign below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with your finger, a pen or the mouse. Use Clear to start again. To sign with the keyboard, choose “Sign by typing your name”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>no children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1 (%2). This form is about: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is giving consent. This form is about: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is parental consent: you have parental responsibility for the children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is parental consent: %1 has parental responsibility for the children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a young person&apos;s consent: you give it for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a young person&apos;s consent: %1 gives it for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agree CSSW may share information with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agrees CSSW may share information with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not agree to CSSW sharing information with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not agree to CSSW sharing information with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agree CSSW may ask these agencies for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agrees CSSW may ask these agencies for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not agree to CSSW asking these agencies for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not agree to CSSW asking these agencies for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agree CSSW may give copies of these documents to other agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agrees CSSW may give copies of these documents to other agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not agree to CSSW giving copies of these documents to other agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not agree to CSSW giving copies of these documents to other agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agree CSSW may share your information, anonymously, for research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agrees CSSW may share the family&apos;s information, anonymously, for research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not agree to CSSW sharing your information for research, even anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not agree to CSSW sharing the family&apos;s information for research, even anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agrees to these choices for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not agree to these choices for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not asked for their own consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter, %1, helped, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter helped, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to sharing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No to sharing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to asking %1 for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No to asking %1 for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to copies of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No to copies of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No to research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not given all their own answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave their own answers: the same as %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave their own answers. Where they differ from %2&apos;s, %1 said:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sending to central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: nothing is sent to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to central yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 had a problem sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n had a problem sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sent %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sending to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records have been sent so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is waiting to send, and why (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· 1 record returned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· %n records returned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· Not sent: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is waiting to central now (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is waiting to send, and what was returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your allocated families onto this laptop before going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect this laptop to central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: nothing is sent to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The families list (Alt+Left from a family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect this laptop to central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the training store: its families and records are fictional, so it is never connected to central and nothing in it is sent. To connect this laptop for real work, leave training (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team lead returned 1 record to you. See “Returned to you”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team lead returned %n records to you. See “Returned to you”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your caseload could not be downloaded: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your caseload is on this laptop: 1 family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your caseload is on this laptop: %n families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 family from central was not kept: its details are not in the expected form (for example a child listed in two families). Everything else is on this laptop. Please tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n families from central were not kept: their details are not in the expected form (for example a child listed in two families). Everything else is on this laptop. Please tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT has withdrawn this laptop&apos;s access to the central system. The records on it have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamActivity</name>
    <message>
        <source>Not connected to central. Open the team review first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: a record about another team&apos;s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at the records waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at the shares the family was not told of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be filed yet (central will try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returned record reached the worker&apos;s laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload downloaded to a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop connected to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop connection refused (wrong password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop access withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families imported from the case system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type or case dates changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-until date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family details erased (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many laptop connection attempts: refused for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%n families)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%n shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%n records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s&apos;s laptop (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT (central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker no longer at central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %s, version %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamActivityModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamActivityPage</name>
    <message>
        <source>Team activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask central again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the team review page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything done at central with your team&apos;s records: who looked at, approved, returned, filed or erased which record, and when. Newest first. Nothing here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team activity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what with your team&apos;s records at central, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded for your team yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add older entries below these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As central had it at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shown below may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — not a real record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the training store: the families in it are fictional, nothing here is a real record, and nothing is ever sent to central.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingMarker</name>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedNamePanel</name>
    <message>
        <source>Typing your full name here counts as your signature. The signed form will say that it was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name, as your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your full name and press Enter to sign. It counts as your signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your full name as it is shown: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase you chose for this laptop. Press Enter to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the families&apos; information with the passphrase typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore into a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new store from the backup with the passphrase typed above; the damaged store is kept aside, never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sealed record not yet sent is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n sealed records not yet sent are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store is damaged. %1 safe in the backup made at %2. Restore them into a new store? The damaged store is kept aside, never deleted. Type your passphrase above, then press Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then press Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntoldShares</name>
    <message>
        <source>No date recorded — decide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — overdue by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — in %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntoldSharesModel</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide about telling them by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why without consent, and why the family was not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared without consent: %s
Not told: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntoldSharesPanel</name>
    <message>
        <source>Shares the family has not been told of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team shared these families&apos; information without consent and did not tell the family, because telling them might put a child at risk. Decide by each date whether the family can now be told, and tell the worker. Soonest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares not told status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each share without consent the family was not told of, soonest date first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No share without consent is waiting on a decision to tell the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 share is waiting on a decision to tell the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n shares are waiting on a decision to tell the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is due or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n are due or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shown below may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitLauncher</name>
    <message>
        <source>The leaflet in that language cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved visit could not be read: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s language (%s) cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s leaflet has changed since this visit began. Please go through it again with the family. Their answers are kept; they sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished visit was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the worker&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitMissing</name>
    <message>
        <source>The person giving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to confirm the summary is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to confirm their own answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 again, in up to %2 characters with no hidden or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the person giving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their relationship to the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose consent this is: parental consent or the young person&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: their own answers, or not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of their own answers still to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one child this form covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interpreter&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interpreter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: why they were not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>To go on, answer Yes or No for every agency. Not answered yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, show every section of the leaflet. Not shown yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, fill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, explain and tick: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, answer Yes or No for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, record for each young person: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sealing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent visit — %s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the visit (it is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the family&apos;s page. The visit is saved and can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the visit was last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which step of the visit this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %d of %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the signed record: after that it cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the next step, once this one is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is done for sealing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is complete: Next is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitStep</name>
    <message>
        <source>The leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing information with agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking agencies for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people&apos;s own consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, sign and seal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatPanel</name>
    <message>
        <source>Stop sharing their information with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop approaching for their information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing information with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop approaching for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of documents and research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop copying to agencies: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if they no longer agree to copies of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using anonymised information for research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if they no longer agree to research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if the family no longer agrees to this for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: nothing agreed to here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoBox</name>
    <message>
        <source>Who is withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult, for the family (parental consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (aged %d), for their own consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is withdrawing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent is given now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Name of person giving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their full name, as they will sign. The family checks it before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Mother, Father, Grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of person giving consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship to child/ren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose consent is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parental consent — given by a person with parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Young person&apos;s consent — given by a young person for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose consent this form records, as the paper form&apos;s two boxes say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children this form covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, aged %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — 13 or over: their own consent is asked too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked when this form is about this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;interpreter was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if an interpreter helped; then say the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the interpreter used (on once an interpreter is ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreter&apos;s full name: they sign to confirm they interpreted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSwitch</name>
    <message>
        <source>This is the training store. Type its passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the training store and go back to the real one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise with training families…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this store and open the training store of fictional families</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithFamilyPage</name>
    <message>
        <source>With the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family is using the laptop. When they hand it back, choose “Hand back to the worker” on their screen and type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent — %s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is withdrawing, then tick each consent they no longer give. Only what they agreed to is listed. Everything else stays as agreed on the form signed on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this withdrawal means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the family told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day/month/year, or press F4 for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date the family told you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the family told you they withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they told you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the family gave one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the family withdraws consent, only if they said. Tab moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason, if given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the worker recording this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member&apos;s signature (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the family tells you in person: they may sign to confirm this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family member who signs below, if they sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the person signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;confirm the family told me this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm the family told me this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to record the withdrawal: you confirm the family told you this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and seal the withdrawal of what is ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s&apos;s signature (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when they tell you in person: %s may sign to confirm this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without recording anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before recording this:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Choose one answer; none is chosen for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YoungPeopleStep</name>
    <message>
        <source>No child on this form is 13 or over on %s, so no young person&apos;s own consent is needed. Go on to the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These children are 13 or over on %s. Each gives their own answers, agency by agency, as the person giving consent did; they can differ. If you did not ask one of them, say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is a young person&apos;s own consent: for the young person giving it, choose “Same as …”, since the form&apos;s answers are theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, aged %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YoungPersonBox</name>
    <message>
        <source>Their own consent was not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s&apos;s own consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s gives their own answers, and will sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether %s gives their own answers to every question below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why their consent was not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %s was not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason %s&apos;s own consent was not asked, kept in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in every answer below with the same answer as the person giving consent; then go through them with %s and change any they want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share: may CSSW share information with this agency? Ask: may CSSW ask this agency for information?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: share with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: ask %s for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of documents to other agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: copies of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research (anonymised information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person giving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as %s&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>All the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of the form, one under another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the page as it prints; its words are in Read as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print a copy for the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
