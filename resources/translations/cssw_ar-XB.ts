<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_XB" sourcelanguage="en">
    <context>
        <name></name>
        <message>
            <source>Tick at least one agency, document or research they no longer agree to.</source>
            <translation>‏[‮Ţîçķ áţ ļéášţ öñé áĝéñçý, ðöçûɱéñţ öŕ ŕéšéáŕçĥ ţĥéý ñö ļöñĝéŕ áĝŕéé ţö.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The date the family told you cannot be in the future (today is %s).</source>
            <translation>‏[‮Ţĥé ðáţé ţĥé ƒáɱîļý ţöļð ýöû çáññöţ ƀé îñ ţĥé ƒûţûŕé (ţöðáý îš‬ %s‮).‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The date cannot be before %s, when the family signed the current consent form.</source>
            <translation>‏[‮Ţĥé ðáţé çáññöţ ƀé ƀéƒöŕé‬ %s‮, ŵĥéñ ţĥé ƒáɱîļý šîĝñéð ţĥé çûŕŕéñţ çöñšéñţ ƒöŕɱ.‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Choose how they told you.</source>
            <translation>‏[‮Çĥööšé ĥöŵ ţĥéý ţöļð ýöû.‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Enter your name under “Recorded by”.</source>
            <translation>‏[‮Éñţéŕ ýöûŕ ñáɱé ûñðéŕ “Ŕéçöŕðéð ƀý”.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Enter the name of the person who signed.</source>
            <translation>‏[‮Éñţéŕ ţĥé ñáɱé öƒ ţĥé þéŕšöñ ŵĥö šîĝñéð.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Ask the person named to sign, or clear their name.</source>
            <translation>‏[‮Åšķ ţĥé þéŕšöñ ñáɱéð ţö šîĝñ, öŕ çļéáŕ ţĥéîŕ ñáɱé.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Tick “I confirm the family told me this” to record it.</source>
            <translation>‏[‮Ţîçķ “Î çöñƒîŕɱ ţĥé ƒáɱîļý ţöļð ɱé ţĥîš” ţö ŕéçöŕð îţ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>‏[‮Ţĥé ŕéášöñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>‏[‮Ýöûŕ ñáɱé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>The signer's name</source>
            <translation>‏[‮Ţĥé šîĝñéŕ'š ñáɱé‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>%1 is too long: keep it to %2 characters.</source>
            <translation>‏[%1 ‮îš ţöö ļöñĝ: ķééþ îţ ţö‬ %2 ‮çĥáŕáçţéŕš.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%1 contains hidden or control characters. Please type it again.</source>
            <translation>‏[%1 ‮çöñţáîñš ĥîððéñ öŕ çöñţŕöļ çĥáŕáçţéŕš. Þļéášé ţýþé îţ áĝáîñ.‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Nothing chosen yet. Tick what they no longer agree to.</source>
            <translation>‏[‮Ñöţĥîñĝ çĥöšéñ ýéţ. Ţîçķ ŵĥáţ ţĥéý ñö ļöñĝéŕ áĝŕéé ţö.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>%s withdraws their own consent; the adult's consent is unchanged.</source>
            <translation>‏[%s ‮ŵîţĥðŕáŵš ţĥéîŕ öŵñ çöñšéñţ; ţĥé áðûļţ'š çöñšéñţ îš ûñçĥáñĝéð.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>CSSW will no longer share their information with %s.</source>
            <translation>‏[‮ÇŠŠŴ ŵîļļ ñö ļöñĝéŕ šĥáŕé ţĥéîŕ îñƒöŕɱáţîöñ ŵîţĥ‬ %s‮.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>CSSW will no longer approach %s for their information.</source>
            <translation>‏[‮ÇŠŠŴ ŵîļļ ñö ļöñĝéŕ áþþŕöáçĥ‬ %s ‮ƒöŕ ţĥéîŕ îñƒöŕɱáţîöñ.‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>CSSW will no longer share information with %s.</source>
            <translation>‏[‮ÇŠŠŴ ŵîļļ ñö ļöñĝéŕ šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ‬ %s‮.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>CSSW will no longer approach %s for information.</source>
            <translation>‏[‮ÇŠŠŴ ŵîļļ ñö ļöñĝéŕ áþþŕöáçĥ‬ %s ‮ƒöŕ îñƒöŕɱáţîöñ.‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>CSSW will no longer copy these documents to agencies: %s.</source>
            <translation>‏[‮ÇŠŠŴ ŵîļļ ñö ļöñĝéŕ çöþý ţĥéšé ðöçûɱéñţš ţö áĝéñçîéš:‬ %s‮.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>CSSW will no longer use anonymised information for research.</source>
            <translation>‏[‮ÇŠŠŴ ŵîļļ ñö ļöñĝéŕ ûšé áñöñýɱîšéð îñƒöŕɱáţîöñ ƒöŕ ŕéšéáŕçĥ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About CSSW offline consent</source>
            <translation>‏[‮Åƀöûţ ÇŠŠŴ öƒƒļîñé çöñšéñţ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>CSSW offline consent</source>
            <translation>‏[‮ÇŠŠŴ öƒƒļîñé çöñšéñţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Records a family's consent to information sharing on home visits, and keeps it safe on this laptop until it is sent to the council.</source>
            <translation>‏[‮Ŕéçöŕðš á ƒáɱîļý'š çöñšéñţ ţö îñƒöŕɱáţîöñ šĥáŕîñĝ öñ ĥöɱé ṽîšîţš, áñð ķééþš îţ šáƒé öñ ţĥîš ļáþţöþ ûñţîļ îţ îš šéñţ ţö ţĥé çöûñçîļ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>‏[‮Ṽéŕšîöñ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>‏[‮Ṽéŕšîöñ:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Leaflet version</source>
            <translation>‏[‮Ļéáƒļéţ ṽéŕšîöñ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Leaflet:</source>
            <translation>‏[‮Ļéáƒļéţ:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>For the council to settle</source>
            <translation>‏[‮Ƒöŕ ţĥé çöûñçîļ ţö šéţţļé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>For the council:</source>
            <translation>‏[‮Ƒöŕ ţĥé çöûñçîļ:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Where the data is kept</source>
            <translation>‏[‮Ŵĥéŕé ţĥé ðáţá îš ķéþţ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Data is kept in:</source>
            <translation>‏[‮Ðáţá îš ķéþţ îñ:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Third-party &amp;licences…</source>
            <translation>‏[‮Ţĥîŕð-þáŕţý &amp;lîçéñçéš…‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Leaflet and privacy &amp;notice…</source>
            <translation>‏[‮Ļéáƒļéţ áñð þŕîṽáçý &amp;nöţîçé…‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Where the leaflet and the council's privacy notice disagree</source>
            <translation>‏[‮Ŵĥéŕé ţĥé ļéáƒļéţ áñð ţĥé çöûñçîļ'š þŕîṽáçý ñöţîçé ðîšáĝŕéé‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The leaflet is shown word for word.</source>
            <translation>‏[‮Ţĥé ļéáƒļéţ îš šĥöŵñ ŵöŕð ƒöŕ ŵöŕð.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>For the council to settle; central keeps records for the notice's periods. See “Leaflet and privacy notice…”.</source>
            <translation>‏[‮Ƒöŕ ţĥé çöûñçîļ ţö šéţţļé; çéñţŕáļ ķééþš ŕéçöŕðš ƒöŕ ţĥé ñöţîçé'š þéŕîöðš. Šéé “Ļéáƒļéţ áñð þŕîṽáçý ñöţîçé…”.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>It disagrees with the council's later privacy notice on 1 point.</source>
            <translation>‏[‮Îţ ðîšáĝŕééš ŵîţĥ ţĥé çöûñçîļ'š ļáţéŕ þŕîṽáçý ñöţîçé öñ 1 þöîñţ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>It disagrees with the council's later privacy notice on %n points.</source>
            <translation>‏[‮Îţ ðîšáĝŕééš ŵîţĥ ţĥé çöûñçîļ'š ļáţéŕ þŕîṽáçý ñöţîçé öñ‬ %n ‮þöîñţš.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The list of third-party licences is missing from this installation. Please tell IT support.</source>
            <translation>‏[‮Ţĥé ļîšţ öƒ ţĥîŕð-þáŕţý ļîçéñçéš îš ɱîššîñĝ ƒŕöɱ ţĥîš îñšţáļļáţîöñ. Þļéášé ţéļļ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>AgenciesStep</name>
        <message>
            <source>Note about children's safety</source>
            <translation>‏[‮Ñöţé áƀöûţ çĥîļðŕéñ'š šáƒéţý‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Yes — share information with %s</source>
            <translation>‏[‮Ýéš — šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ‬ %s ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>No — do not share information with %s</source>
            <translation>‏[‮Ñö — ðö ñöţ šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ‬ %s ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>May CSSW share the family's information with %s?</source>
            <translation>‏[‮Ṁáý ÇŠŠŴ šĥáŕé ţĥé ƒáɱîļý'š îñƒöŕɱáţîöñ ŵîţĥ‬ %s‮?‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Yes — approach %s for information</source>
            <translation>‏[‮Ýéš — áþþŕöáçĥ‬ %s ‮ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>No — do not approach %s for information</source>
            <translation>‏[‮Ñö — ðö ñöţ áþþŕöáçĥ‬ %s ‮ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>May CSSW approach %s for information about the family?</source>
            <translation>‏[‮Ṁáý ÇŠŠŴ áþþŕöáçĥ‬ %s ‮ƒöŕ îñƒöŕɱáţîöñ áƀöûţ ţĥé ƒáɱîļý?‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>‏[‮Ñöţ áñšŵéŕéð ýéţ‬ ‮····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>Agency</name>
        <message>
            <source>Health</source>
            <translation>‏[‮Ĥéáļţĥ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Education (including early years)</source>
            <translation>‏[‮Éðûçáţîöñ (îñçļûðîñĝ éáŕļý ýéáŕš)‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>‏[‮Þöļîçé‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Early help service</source>
            <translation>‏[‮Éáŕļý ĥéļþ šéŕṽîçé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Probation</source>
            <translation>‏[‮Þŕöƀáţîöñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>‏[‮Ĥöûšîñĝ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Youth offending service</source>
            <translation>‏[‮Ýöûţĥ öƒƒéñðîñĝ šéŕṽîçé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Mental health services</source>
            <translation>‏[‮Ṁéñţáļ ĥéáļţĥ šéŕṽîçéš‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Drug and alcohol services</source>
            <translation>‏[‮Ðŕûĝ áñð áļçöĥöļ šéŕṽîçéš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Voluntary organisations</source>
            <translation>‏[‮Ṽöļûñţáŕý öŕĝáñîšáţîöñš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Other local authorities</source>
            <translation>‏[‮Öţĥéŕ ļöçáļ áûţĥöŕîţîéš‬ ‮····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>CSSW offline consent</source>
            <translation>‏[‮ÇŠŠŴ öƒƒļîñé çöñšéñţ‬ ‮····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>BulkApprove</name>
        <message>
            <source>%s family · %s</source>
            <translation>‏[%s ‮ƒáɱîļý ·‬ %s ‮····‬]</translation>
        </message>
        <message>
            <source>Nothing was approved: %1 of the %2 records you chose need a closer look (%3). Open each flagged record, read it, and approve or return it on its own; approve the others together.</source>
            <translation>‏[‮Ñöţĥîñĝ ŵáš áþþŕöṽéð:‬ %1 ‮öƒ ţĥé‬ %2 ‮ŕéçöŕðš ýöû çĥöšé ñééð á çļöšéŕ ļööķ (‬%3‮). Öþéñ éáçĥ ƒļáĝĝéð ŕéçöŕð, ŕéáð îţ, áñð áþþŕöṽé öŕ ŕéţûŕñ îţ öñ îţš öŵñ; áþþŕöṽé ţĥé öţĥéŕš ţöĝéţĥéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%s family — %s · %s, from %s</source>
            <translation>‏[%s ‮ƒáɱîļý —‬ %s ‮·‬ %s‮, ƒŕöɱ‬ %s ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Nothing is flagged on these records. Each will be approved and filed with the case system:</source>
            <translation>‏[‮Ñöţĥîñĝ îš ƒļáĝĝéð öñ ţĥéšé ŕéçöŕðš. Éáçĥ ŵîļļ ƀé áþþŕöṽéð áñð ƒîļéð ŵîţĥ ţĥé çášé šýšţéɱ:‬ ‮····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Approve several records</source>
            <translation>‏[‮Åþþŕöṽé šéṽéŕáļ ŕéçöŕðš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Approve 1 record?</source>
            <translation>‏[‮Åþþŕöṽé 1 ŕéçöŕð?‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Approve %n records?</source>
            <translation>‏[‮Åþþŕöṽé‬ %n ‮ŕéçöŕðš?‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Approve 1 record</source>
            <translation>‏[‮&amp;Aþþŕöṽé 1 ŕéçöŕð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Approve %n records</source>
            <translation>‏[‮&amp;Aþþŕöṽé‬ %n ‮ŕéçöŕðš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏[‮Çáñçéļ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%1 approved; stopped at the %2 family's record, which is still waiting: %3</source>
            <translation>‏[%1 ‮áþþŕöṽéð; šţöþþéð áţ ţĥé‬ %2 ‮ƒáɱîļý'š ŕéçöŕð, ŵĥîçĥ îš šţîļļ ŵáîţîñĝ:‬ %3 ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Approved 1 record.</source>
            <translation>‏[‮Åþþŕöṽéð 1 ŕéçöŕð.‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Approved %n records.</source>
            <translation>‏[‮Åþþŕöṽéð‬ %n ‮ŕéçöŕðš.‬ ‮····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>‏[‮Çĥáñĝé þáššþĥŕášé‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Type the passphrase you use now, then choose a new one. From then on you unlock the app with the new one. Nobody can reset it, so choose one you will remember.</source>
            <translation>‏[‮Ţýþé ţĥé þáššþĥŕášé ýöû ûšé ñöŵ, ţĥéñ çĥööšé á ñéŵ öñé. Ƒŕöɱ ţĥéñ öñ ýöû ûñļöçķ ţĥé áþþ ŵîţĥ ţĥé ñéŵ öñé. Ñöƀöðý çáñ ŕéšéţ îţ, šö çĥööšé öñé ýöû ŵîļļ ŕéɱéɱƀéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>‏[‮&amp;Néŵ þáššþĥŕášé:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>‏[‮&amp;Cĥáñĝé þáššþĥŕášé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Use the new passphrase from now on (on when both are typed alike)</source>
            <translation>‏[‮Ûšé ţĥé ñéŵ þáššþĥŕášé ƒŕöɱ ñöŵ öñ (öñ ŵĥéñ ƀöţĥ áŕé ţýþéð áļîķé)‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏[‮Çáñçéļ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Keep the passphrase you have</source>
            <translation>‏[‮Ķééþ ţĥé þáššþĥŕášé ýöû ĥáṽé‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Changing…</source>
            <translation>‏[‮Çĥáñĝîñĝ…‬ ‮····‬]</translation>
        </message>
    </context>
    <context>
        <name>CheckTable</name>
        <message>
            <source>Yes</source>
            <translation>‏[‮Ýéš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>‏[‮Ñö‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>‏[‮Ñöţ áñšŵéŕéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>You</source>
            <translation>‏[‮Ýöû‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>‏[‮Šĥáŕé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>‏[‮Åšķ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>%1: may CSSW share information with this agency? %2: may CSSW ask this agency for information?</source>
            <translation>‏[%1‮: ɱáý ÇŠŠŴ šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ ţĥîš áĝéñçý?‬ %2‮: ɱáý ÇŠŠŴ ášķ ţĥîš áĝéñçý ƒöŕ îñƒöŕɱáţîöñ?‬ ‮····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>‏[‮Åĝéñçý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Copies of documents to other agencies</source>
            <translation>‏[‮Çöþîéš öƒ ðöçûɱéñţš ţö öţĥéŕ áĝéñçîéš‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Research (anonymised information only)</source>
            <translation>‏[‮Ŕéšéáŕçĥ (áñöñýɱîšéð îñƒöŕɱáţîöñ öñļý)‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%1 was not asked for their own consent.</source>
            <translation>‏[%1 ‮ŵáš ñöţ ášķéð ƒöŕ ţĥéîŕ öŵñ çöñšéñţ.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>An interpreter, %1, helped, in %2.</source>
            <translation>‏[‮Åñ îñţéŕþŕéţéŕ,‬ %1‮, ĥéļþéð, îñ‬ %2‮.‬ ‮····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>ChildRow</name>
        <message>
            <source>Female</source>
            <translation>‏[‮Ƒéɱáļé‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>‏[‮Ṁáļé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation>‏[‮Ñöñ-ƀîñáŕý‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>‏[‮Ñöţ ķñöŵñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Remove child</source>
            <translation>‏[‮Ŕéɱöṽé çĥîļð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>‏[‮Ñáɱé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Gender (optional)</source>
            <translation>‏[‮Ĝéñðéŕ (öþţîöñáļ)‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>‏[‮Ðáţé öƒ ƀîŕţĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Child %d</source>
            <translation>‏[‮Çĥîļð‬ %d ‮···‬]</translation>
        </message>
        <message>
            <source>%s name</source>
            <translation>‏[%s ‮ñáɱé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>%s gender</source>
            <translation>‏[%s ‮ĝéñðéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%s date of birth</source>
            <translation>‏[%s ‮ðáţé öƒ ƀîŕţĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Remove %s</source>
            <translation>‏[‮Ŕéɱöṽé‬ %s ‮···‬]</translation>
        </message>
        <message>
            <source>The child's full name</source>
            <translation>‏[‮Ţĥé çĥîļð'š ƒûļļ ñáɱé‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Choose or type a gender, or leave it empty</source>
            <translation>‏[‮Çĥööšé öŕ ţýþé á ĝéñðéŕ, öŕ ļéáṽé îţ éɱþţý‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Take this child off the family (when saved)</source>
            <translation>‏[‮Ţáķé ţĥîš çĥîļð öƒƒ ţĥé ƒáɱîļý (ŵĥéñ šáṽéð)‬ ‮····· ····· ····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>ChildrenTableModel</name>
        <message>
            <source>Name</source>
            <translation>‏[‮Ñáɱé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>‏[‮Ĝéñðéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>‏[‮Ðáţé öƒ ƀîŕţĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Age today</source>
            <translation>‏[‮Åĝé ţöðáý‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Own consent</source>
            <translation>‏[‮Öŵñ çöñšéñţ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>This child is 13 or over: ask for their own consent as well as the parent's.</source>
            <translation>‏[‮Ţĥîš çĥîļð îš 13 öŕ öṽéŕ: ášķ ƒöŕ ţĥéîŕ öŵñ çöñšéñţ áš ŵéļļ áš ţĥé þáŕéñţ'š.‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>13+ — own consent needed</source>
            <translation>‏[‮13+ — öŵñ çöñšéñţ ñééðéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Under 13</source>
            <translation>‏[‮Ûñðéŕ 13‬ ‮····‬]</translation>
        </message>
        <message>
            <source>13+ — not asked on %s (reason recorded)</source>
            <translation>‏[‮13+ — ñöţ ášķéð öñ‬ %s ‮(ŕéášöñ ŕéçöŕðéð)‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>13+ — gave own consent on %s</source>
            <translation>‏[‮13+ — ĝáṽé öŵñ çöñšéñţ öñ‬ %s ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>13+ — said No for themselves on %s</source>
            <translation>‏[‮13+ — šáîð Ñö ƒöŕ ţĥéɱšéļṽéš öñ‬ %s ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>13+ — gave own answers on %s</source>
            <translation>‏[‮13+ — ĝáṽé öŵñ áñšŵéŕš öñ‬ %s ‮····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>ChoicesStep</name>
        <message>
            <source>Yes — copies of %s may go to other agencies</source>
            <translation>‏[‮Ýéš — çöþîéš öƒ‬ %s ‮ɱáý ĝö ţö öţĥéŕ áĝéñçîéš‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>No — no copies of %s to other agencies</source>
            <translation>‏[‮Ñö — ñö çöþîéš öƒ‬ %s ‮ţö öţĥéŕ áĝéñçîéš‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>May CSSW give copies of %s to other agencies?</source>
            <translation>‏[‮Ṁáý ÇŠŠŴ ĝîṽé çöþîéš öƒ‬ %s ‮ţö öţĥéŕ áĝéñçîéš?‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Research: may CSSW share the family's information, made anonymous, with other organisations for research? (See “Sharing information for research purposes” in the leaflet.)</source>
            <translation>‏[‮Ŕéšéáŕçĥ: ɱáý ÇŠŠŴ šĥáŕé ţĥé ƒáɱîļý'š îñƒöŕɱáţîöñ, ɱáðé áñöñýɱöûš, ŵîţĥ öţĥéŕ öŕĝáñîšáţîöñš ƒöŕ ŕéšéáŕçĥ? (Šéé “Šĥáŕîñĝ îñƒöŕɱáţîöñ ƒöŕ ŕéšéáŕçĥ þûŕþöšéš” îñ ţĥé ļéáƒļéţ.)‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Research (anonymised)</source>
            <translation>‏[‮Ŕéšéáŕçĥ (áñöñýɱîšéð)‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>‏[‮Ŕéšéáŕçĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Yes — anonymised information may be used for research</source>
            <translation>‏[‮Ýéš — áñöñýɱîšéð îñƒöŕɱáţîöñ ɱáý ƀé ûšéð ƒöŕ ŕéšéáŕçĥ‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>No — not for research</source>
            <translation>‏[‮Ñö — ñöţ ƒöŕ ŕéšéáŕçĥ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>May CSSW share the family's information, made anonymous, for research?</source>
            <translation>‏[‮Ṁáý ÇŠŠŴ šĥáŕé ţĥé ƒáɱîļý'š îñƒöŕɱáţîöñ, ɱáðé áñöñýɱöûš, ƒöŕ ŕéšéáŕçĥ?‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>ConsentForm</name>
        <message>
            <source>Assessments</source>
            <translation>‏[‮Åššéššɱéñţš‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>A record of reviews</source>
            <translation>‏[‮Å ŕéçöŕð öƒ ŕéṽîéŵš‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Closing summary</source>
            <translation>‏[‮Çļöšîñĝ šûɱɱáŕý‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>what information will be shared</source>
            <translation>‏[‮ŵĥáţ îñƒöŕɱáţîöñ ŵîļļ ƀé šĥáŕéð‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>why the information will be shared</source>
            <translation>‏[‮ŵĥý ţĥé îñƒöŕɱáţîöñ ŵîļļ ƀé šĥáŕéð‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>with whom the information will be shared</source>
            <translation>‏[‮ŵîţĥ ŵĥöɱ ţĥé îñƒöŕɱáţîöñ ŵîļļ ƀé šĥáŕéð‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>the consequences of sharing or not sharing information</source>
            <translation>‏[‮ţĥé çöñšéǫûéñçéš öƒ šĥáŕîñĝ öŕ ñöţ šĥáŕîñĝ îñƒöŕɱáţîöñ‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>how information will be kept secure</source>
            <translation>‏[‮ĥöŵ îñƒöŕɱáţîöñ ŵîļļ ƀé ķéþţ šéçûŕé‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>I can ask to see case records under the Data Protection Act 2018</source>
            <translation>‏[‮Î çáñ ášķ ţö šéé çášé ŕéçöŕðš ûñðéŕ ţĥé Ðáţá Þŕöţéçţîöñ Åçţ 2018‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>I have the right to withdraw consent at any time</source>
            <translation>‏[‮Î ĥáṽé ţĥé ŕîĝĥţ ţö ŵîţĥðŕáŵ çöñšéñţ áţ áñý ţîɱé‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Parental consent</source>
            <translation>‏[‮Þáŕéñţáļ çöñšéñţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Young person's consent</source>
            <translation>‏[‮Ýöûñĝ þéŕšöñ'š çöñšéñţ‬ ‮····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>ConsentHistoryModel</name>
        <message>
            <source>Date</source>
            <translation>‏[‮Ðáţé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>What</source>
            <translation>‏[‮Ŵĥáţ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Signed or recorded by</source>
            <translation>‏[‮Šîĝñéð öŕ ŕéçöŕðéð ƀý‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>‏[‮Ŕéçöŕð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>(corrected since: open the form to read the note)</source>
            <translation>‏[‮(çöŕŕéçţéð šîñçé: öþéñ ţĥé ƒöŕɱ ţö ŕéáð ţĥé ñöţé)‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Record %s, version %d, sealed %s</source>
            <translation>‏[‮Ŕéçöŕð‬ %s‮, ṽéŕšîöñ‬ %d‮, šéáļéð‬ %s ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Consent form signed</source>
            <translation>‏[‮Çöñšéñţ ƒöŕɱ šîĝñéð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Consent form signed (version %d)</source>
            <translation>‏[‮Çöñšéñţ ƒöŕɱ šîĝñéð (ṽéŕšîöñ‬ %d‮)‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>%s: may share with %d of %d agencies, approach %d of %d</source>
            <translation>‏[%s‮: ɱáý šĥáŕé ŵîţĥ‬ %d ‮öƒ‬ %d ‮áĝéñçîéš, áþþŕöáçĥ‬ %d ‮öƒ‬ %d ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%s's own withdrawal (%s): %s</source>
            <translation>‏[%s‮'š öŵñ ŵîţĥðŕáŵáļ (‬%s‮):‬ %s ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Withdrawal (%s): %s</source>
            <translation>‏[‮Ŵîţĥðŕáŵáļ (‬%s‮):‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Reason given: %s</source>
            <translation>‏[‮Ŕéášöñ ĝîṽéñ:‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%s (young person)</source>
            <translation>‏[%s ‮(ýöûñĝ þéŕšöñ)‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%s (interpreter)</source>
            <translation>‏[%s ‮(îñţéŕþŕéţéŕ)‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%s confirmed the family said so</source>
            <translation>‏[%s ‮çöñƒîŕɱéð ţĥé ƒáɱîļý šáîð šö‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>%s confirmed the young person said so</source>
            <translation>‏[%s ‮çöñƒîŕɱéð ţĥé ýöûñĝ þéŕšöñ šáîð šö‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Signed by %s; %s</source>
            <translation>‏[‮Šîĝñéð ƀý‬ %s‮;‬ %s ‮·····‬]</translation>
        </message>
        <message>
            <source>Signed by %s; recorded by %s</source>
            <translation>‏[‮Šîĝñéð ƀý‬ %s‮; ŕéçöŕðéð ƀý‬ %s ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Recorded by %s</source>
            <translation>‏[‮Ŕéçöŕðéð ƀý‬ %s ‮·····‬]</translation>
        </message>
    </context>
    <context>
        <name>ConsentStateModel</name>
        <message>
            <source>Agency</source>
            <translation>‏[‮Åĝéñçý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>May share with</source>
            <translation>‏[‮Ṁáý šĥáŕé ŵîţĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>May approach for information</source>
            <translation>‏[‮Ṁáý áþþŕöáçĥ ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>‏[‮Ýéš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>No — withdrawn %s</source>
            <translation>‏[‮Ñö — ŵîţĥðŕáŵñ‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>‏[‮Ñö‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>‏[‮Ñöţ ášķéð ýéţ‬ ‮····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>ConsentStateView</name>
        <message>
            <source>Consent now</source>
            <translation>‏[‮Çöñšéñţ ñöŵ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>What the consent is based on</source>
            <translation>‏[‮Ŵĥáţ ţĥé çöñšéñţ îš ƀášéð öñ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>‏[‮Ŕéṽîéŵ ðáţé‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Young people's own consent</source>
            <translation>‏[‮Ýöûñĝ þéöþļé'š öŵñ çöñšéñţ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Why consent is to be asked again</source>
            <translation>‏[‮Ŵĥý çöñšéñţ îš ţö ƀé ášķéð áĝáîñ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Unfinished visit</source>
            <translation>‏[‮Ûñƒîñîšĥéð ṽîšîţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>S&amp;tart consent visit</source>
            <translation>‏[‮Š&amp;táŕţ çöñšéñţ ṽîšîţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Start consent visit</source>
            <translation>‏[‮Šţáŕţ çöñšéñţ ṽîšîţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Go through the leaflet and the consent form with the family</source>
            <translation>‏[‮Ĝö ţĥŕöûĝĥ ţĥé ļéáƒļéţ áñð ţĥé çöñšéñţ ƒöŕɱ ŵîţĥ ţĥé ƒáɱîļý‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Renew consent</source>
            <translation>‏[‮&amp;Réñéŵ çöñšéñţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Renew consent</source>
            <translation>‏[‮Ŕéñéŵ çöñšéñţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Start a visit with the family's current choices filled in</source>
            <translation>‏[‮Šţáŕţ á ṽîšîţ ŵîţĥ ţĥé ƒáɱîļý'š çûŕŕéñţ çĥöîçéš ƒîļļéð îñ‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>‏[‮&amp;Wîţĥðŕáŵ çöñšéñţ…‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>‏[‮Ŵîţĥðŕáŵ çöñšéñţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Record that the family, or a young person, no longer agrees to something</source>
            <translation>‏[‮Ŕéçöŕð ţĥáţ ţĥé ƒáɱîļý, öŕ á ýöûñĝ þéŕšöñ, ñö ļöñĝéŕ áĝŕééš ţö šöɱéţĥîñĝ‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Consent for each agency</source>
            <translation>‏[‮Çöñšéñţ ƒöŕ éáçĥ áĝéñçý‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>For each agency: may CSSW share information with it, and approach it</source>
            <translation>‏[‮Ƒöŕ éáçĥ áĝéñçý: ɱáý ÇŠŠŴ šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ îţ, áñð áþþŕöáçĥ îţ‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Copies of documents</source>
            <translation>‏[‮Çöþîéš öƒ ðöçûɱéñţš‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>‏[‮Ŕéšéáŕçĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>‏[‮Ýéš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>‏[‮Ñö‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>‏[‮Ñöţ ášķéð ýéţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%s — not asked: %s</source>
            <translation>‏[%s ‮— ñöţ ášķéð:‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%s — own answers, the same as %s's</source>
            <translation>‏[%s ‮— öŵñ áñšŵéŕš, ţĥé šáɱé áš‬ %s‮'š‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>%s — own answers; unlike %s: %s</source>
            <translation>‏[%s ‮— öŵñ áñšŵéŕš; ûñļîķé‬ %s‮:‬ %s ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Young people's own consent: %s</source>
            <translation>‏[‮Ýöûñĝ þéöþļé'š öŵñ çöñšéñţ:‬ %s ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>No — withdrawn %s</source>
            <translation>‏[‮Ñö — ŵîţĥðŕáŵñ‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Reading the family's consent records…</source>
            <translation>‏[‮Ŕéáðîñĝ ţĥé ƒáɱîļý'š çöñšéñţ ŕéçöŕðš…‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>⚠ Go through consent again with the family (Renew consent): %1.</source>
            <translation>‏[‮⚠ Ĝö ţĥŕöûĝĥ çöñšéñţ áĝáîñ ŵîţĥ ţĥé ƒáɱîļý (Ŕéñéŵ çöñšéñţ):‬ %1‮.‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>No consent recorded yet. Until the family gives consent, CSSW shares information only where a child may be at risk of significant harm or the law requires it.</source>
            <translation>‏[‮Ñö çöñšéñţ ŕéçöŕðéð ýéţ. Ûñţîļ ţĥé ƒáɱîļý ĝîṽéš çöñšéñţ, ÇŠŠŴ šĥáŕéš îñƒöŕɱáţîöñ öñļý ŵĥéŕé á çĥîļð ɱáý ƀé áţ ŕîšķ öƒ šîĝñîƒîçáñţ ĥáŕɱ öŕ ţĥé ļáŵ ŕéǫûîŕéš îţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Based on the form signed on %s</source>
            <translation>‏[‮Ɓášéð öñ ţĥé ƒöŕɱ šîĝñéð öñ‬ %s ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source> by %s (%s)</source>
            <translation> ‏[‮ƀý‬ %s ‮(‬%s‮)‬ ‮···‬]</translation>
        </message>
        <message>
            <source>, with 1 later withdrawal</source>
            <translation>‏[‮, ŵîţĥ 1 ļáţéŕ ŵîţĥðŕáŵáļ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>, with %d later withdrawals</source>
            <translation>‏[‮, ŵîţĥ‬ %d ‮ļáţéŕ ŵîţĥðŕáŵáļš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>A consent visit saved on %s has not been finished. %s offers to carry on with it.</source>
            <translation>‏[‮Å çöñšéñţ ṽîšîţ šáṽéð öñ‬ %s ‮ĥáš ñöţ ƀééñ ƒîñîšĥéð.‬ %s ‮öƒƒéŕš ţö çáŕŕý öñ ŵîţĥ îţ.‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Review overdue since %s</source>
            <translation>‏[‮Ŕéṽîéŵ öṽéŕðûé šîñçé‬ %s ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Review due by %s</source>
            <translation>‏[‮Ŕéṽîéŵ ðûé ƀý‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Copies of documents to agencies — %s.</source>
            <translation>‏[‮Çöþîéš öƒ ðöçûɱéñţš ţö áĝéñçîéš —‬ %s‮.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Anonymised information for research: %s.</source>
            <translation>‏[‮Åñöñýɱîšéð îñƒöŕɱáţîöñ ƒöŕ ŕéšéáŕçĥ:‬ %s‮.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Not connected to central. Open the team review first, then try again.</source>
            <translation>‏[‮Ñöţ çöññéçţéð ţö çéñţŕáļ. Öþéñ ţĥé ţéáɱ ŕéṽîéŵ ƒîŕšţ, ţĥéñ ţŕý áĝáîñ.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The file could not be saved there. Choose another folder.</source>
            <translation>‏[‮Ţĥé ƒîļé çöûļð ñöţ ƀé šáṽéð ţĥéŕé. Çĥööšé áñöţĥéŕ ƒöļðéŕ.‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Team dashboard</source>
            <translation>‏[‮Ţéáɱ ðášĥƀöáŕð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>‏[‮&amp;Réƒŕéšĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Ask central again</source>
            <translation>‏[‮Åšķ çéñţŕáļ áĝáîñ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>‏[‮&amp;Eẋþöŕţ ÇŠṼ…‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Save these counts as a spreadsheet file: no family's details are in it</source>
            <translation>‏[‮Šáṽé ţĥéšé çöûñţš áš á šþŕéáðšĥééţ ƒîļé: ñö ƒáɱîļý'š ðéţáîļš áŕé îñ îţ‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Back to review</source>
            <translation>‏[‮&amp;Báçķ ţö ŕéṽîéŵ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Back to the team review page</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ţéáɱ ŕéṽîéŵ þáĝé‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Dashboard status</source>
            <translation>‏[‮Ðášĥƀöáŕð šţáţûš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>‏[‮Þŕöƀļéɱ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Consent of your team's families</source>
            <translation>‏[‮Çöñšéñţ öƒ ýöûŕ ţéáɱ'š ƒáɱîļîéš‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>‏[‮Çûŕŕéñţ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Review due within 30 days</source>
            <translation>‏[‮Ŕéṽîéŵ ðûé ŵîţĥîñ 30 ðáýš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Review overdue</source>
            <translation>‏[‮Ŕéṽîéŵ öṽéŕðûé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Never asked</source>
            <translation>‏[‮Ñéṽéŕ ášķéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Signed on laptops, not yet received</source>
            <translation>‏[‮Šîĝñéð öñ ļáþţöþš, ñöţ ýéţ ŕéçéîṽéð‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Records waiting on laptops, by how long the oldest has waited</source>
            <translation>‏[‮Ŕéçöŕðš ŵáîţîñĝ öñ ļáþţöþš, ƀý ĥöŵ ļöñĝ ţĥé öļðéšţ ĥáš ŵáîţéð‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Records waiting</source>
            <translation>‏[‮Ŕéçöŕðš ŵáîţîñĝ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Records waiting, by how long the oldest on its laptop has waited</source>
            <translation>‏[‮Ŕéçöŕðš ŵáîţîñĝ, ƀý ĥöŵ ļöñĝ ţĥé öļðéšţ öñ îţš ļáþţöþ ĥáš ŵáîţéð‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Laptops with records waiting</source>
            <translation>‏[‮Ļáþţöþš ŵîţĥ ŕéçöŕðš ŵáîţîñĝ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Shares without consent</source>
            <translation>‏[‮Šĥáŕéš ŵîţĥöûţ çöñšéñţ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>What families said No to</source>
            <translation>‏[‮Ŵĥáţ ƒáɱîļîéš šáîð Ñö ţö‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>No on the latest form</source>
            <translation>‏[‮Ñö öñ ţĥé ļáţéšţ ƒöŕɱ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Withdrawn since</source>
            <translation>‏[‮Ŵîţĥðŕáŵñ šîñçé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Sharing information with each agency: families who said No</source>
            <translation>‏[‮Šĥáŕîñĝ îñƒöŕɱáţîöñ ŵîţĥ éáçĥ áĝéñçý: ƒáɱîļîéš ŵĥö šáîð Ñö‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Asking each agency for information: families who said No</source>
            <translation>‏[‮Åšķîñĝ éáçĥ áĝéñçý ƒöŕ îñƒöŕɱáţîöñ: ƒáɱîļîéš ŵĥö šáîð Ñö‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Sharing information with the agency</source>
            <translation>‏[‮Šĥáŕîñĝ îñƒöŕɱáţîöñ ŵîţĥ ţĥé áĝéñçý‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Asking the agency for information</source>
            <translation>‏[‮Åšķîñĝ ţĥé áĝéñçý ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Asking central…</source>
            <translation>‏[‮Åšķîñĝ çéñţŕáļ…‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Consent is reviewed every month.</source>
            <translation>‏[‮Çöñšéñţ îš ŕéṽîéŵéð éṽéŕý ɱöñţĥ.‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Consent is reviewed every %n months.</source>
            <translation>‏[‮Çöñšéñţ îš ŕéṽîéŵéð éṽéŕý‬ %n ‮ɱöñţĥš.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>As central had it at %s.</source>
            <translation>‏[‮Åš çéñţŕáļ ĥáð îţ áţ‬ %s‮.‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>No share without consent is waiting on a decision about telling the family.</source>
            <translation>‏[‮Ñö šĥáŕé ŵîţĥöûţ çöñšéñţ îš ŵáîţîñĝ öñ á ðéçîšîöñ áƀöûţ ţéļļîñĝ ţĥé ƒáɱîļý.‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>1 share without consent: the family has not been told. Decide whether to tell them now.</source>
            <translation>‏[‮1 šĥáŕé ŵîţĥöûţ çöñšéñţ: ţĥé ƒáɱîļý ĥáš ñöţ ƀééñ ţöļð. Ðéçîðé ŵĥéţĥéŕ ţö ţéļļ ţĥéɱ ñöŵ.‬ ‮····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%n shares without consent: the family has not been told. Decide whether to tell them now.</source>
            <translation>‏[%n ‮šĥáŕéš ŵîţĥöûţ çöñšéñţ: ţĥé ƒáɱîļý ĥáš ñöţ ƀééñ ţöļð. Ðéçîðé ŵĥéţĥéŕ ţö ţéļļ ţĥéɱ ñöŵ.‬ ‮····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>1 of them passed the date set to look at it again.</source>
            <translation>‏[‮1 öƒ ţĥéɱ þáššéð ţĥé ðáţé šéţ ţö ļööķ áţ îţ áĝáîñ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%n of them passed the date set to look at it again.</source>
            <translation>‏[%n ‮öƒ ţĥéɱ þáššéð ţĥé ðáţé šéţ ţö ļööķ áţ îţ áĝáîñ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>‏[‮Ƒáɱîļîéš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>1 family in your team:</source>
            <translation>‏[‮1 ƒáɱîļý îñ ýöûŕ ţéáɱ:‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>%n families in your team:</source>
            <translation>‏[%n ‮ƒáɱîļîéš îñ ýöûŕ ţéáɱ:‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>%1 current, %2 review due within 30 days, %3 overdue, %4 never asked.</source>
            <translation>‏[%1 ‮çûŕŕéñţ,‬ %2 ‮ŕéṽîéŵ ðûé ŵîţĥîñ 30 ðáýš,‬ %3 ‮öṽéŕðûé,‬ %4 ‮ñéṽéŕ ášķéð.‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>No young person has turned 13 since their family's last consent.</source>
            <translation>‏[‮Ñö ýöûñĝ þéŕšöñ ĥáš ţûŕñéð 13 šîñçé ţĥéîŕ ƒáɱîļý'š ļášţ çöñšéñţ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>1 young person has turned 13 since their family's last consent: ask for their own consent at the next visit.</source>
            <translation>‏[‮1 ýöûñĝ þéŕšöñ ĥáš ţûŕñéð 13 šîñçé ţĥéîŕ ƒáɱîļý'š ļášţ çöñšéñţ: ášķ ƒöŕ ţĥéîŕ öŵñ çöñšéñţ áţ ţĥé ñéẋţ ṽîšîţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%n young people have turned 13 since their family's last consent: ask for their own consent at the next visit.</source>
            <translation>‏[%n ‮ýöûñĝ þéöþļé ĥáṽé ţûŕñéð 13 šîñçé ţĥéîŕ ƒáɱîļý'š ļášţ çöñšéñţ: ášķ ƒöŕ ţĥéîŕ öŵñ çöñšéñţ áţ ţĥé ñéẋţ ṽîšîţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Under a day</source>
            <translation>‏[‮Ûñðéŕ á ðáý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>1 to 3 days</source>
            <translation>‏[‮1 ţö 3 ðáýš‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>3 to 7 days</source>
            <translation>‏[‮3 ţö 7 ðáýš‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Over 7 days</source>
            <translation>‏[‮Öṽéŕ 7 ðáýš‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>%1 (%2): %3 waiting</source>
            <translation>‏[%1 ‮(‬%2‮):‬ %3 ‮ŵáîţîñĝ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>, %s could not be sent</source>
            <translation>‏[‮,‬ %s ‮çöûļð ñöţ ƀé šéñţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>, the oldest for %s</source>
            <translation>‏[‮, ţĥé öļðéšţ ƒöŕ‬ %s ‮····· ··‬]</translation>
        </message>
        <message>
            <source>; last in touch with central %s</source>
            <translation>‏[‮; ļášţ îñ ţöûçĥ ŵîţĥ çéñţŕáļ‬ %s ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Every laptop in your team has sent what it holds.</source>
            <translation>‏[‮Éṽéŕý ļáþţöþ îñ ýöûŕ ţéáɱ ĥáš šéñţ ŵĥáţ îţ ĥöļðš.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>What is shown below may be out of date.</source>
            <translation>‏[‮Ŵĥáţ îš šĥöŵñ ƀéļöŵ ɱáý ƀé öûţ öƒ ðáţé.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Saved the counts as %s.</source>
            <translation>‏[‮Šáṽéð ţĥé çöûñţš áš‬ %s‮.‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Save the dashboard's counts</source>
            <translation>‏[‮Šáṽé ţĥé ðášĥƀöáŕð'š çöûñţš‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>‏[‮ÇŠṼ ƒîļéš (*.çšṽ)‬ ‮····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>DateOfBirthEdit</name>
        <message>
            <source>Not entered</source>
            <translation>‏[‮Ñöţ éñţéŕéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Type the date as day/month/year, or press F4 for a calendar</source>
            <translation>‏[‮Ţýþé ţĥé ðáţé áš ðáý/ɱöñţĥ/ýéáŕ, öŕ þŕéšš Ƒ4 ƒöŕ á çáļéñðáŕ‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>DevicesTableModel</name>
        <message>
            <source>Worker</source>
            <translation>‏[‮Ŵöŕķéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>‏[‮Ļáþţöþ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>‏[‮Ŵáîţîñĝ ţö šéñð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Oldest waiting</source>
            <translation>‏[‮Öļðéšţ ŵáîţîñĝ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Last in touch</source>
            <translation>‏[‮Ļášţ îñ ţöûçĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>‏[‮Åþþ ṽéŕšîöñ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>‏[‮Åççéšš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Not reported yet</source>
            <translation>‏[‮Ñöţ ŕéþöŕţéð ýéţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>%d (%d had a problem sending)</source>
            <translation>‏[%d ‮(‬%d ‮ĥáð á þŕöƀļéɱ šéñðîñĝ)‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Nothing waiting</source>
            <translation>‏[‮Ñöţĥîñĝ ŵáîţîñĝ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>‏[‮Ñéṽéŕ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>‏[‮Ŵîţĥðŕáŵñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>‏[‮Åļļöŵéð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>‏[‮ñöñé‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>DisplayControl</name>
        <message>
            <source>&amp;Larger text</source>
            <translation>‏[‮&amp;Láŕĝéŕ ţéẋţ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>‏[‮&amp;Sɱáļļéŕ ţéẋţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>‏[‮&amp;Nöŕɱáļ ţéẋţ šîžé‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>‏[‮&amp;Hîĝĥ çöñţŕášţ‬ ‮····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Signed and sealed</source>
            <translation>‏[‮Šîĝñéð áñð šéáļéð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Sealed record</source>
            <translation>‏[‮Šéáļéð ŕéçöŕð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>View the si&amp;gned form</source>
            <translation>‏[‮Ṽîéŵ ţĥé šî&amp;gñéð ƒöŕɱ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>View the signed form</source>
            <translation>‏[‮Ṽîéŵ ţĥé šîĝñéð ƒöŕɱ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Show the sealed form as it prints</source>
            <translation>‏[‮Šĥöŵ ţĥé šéáļéð ƒöŕɱ áš îţ þŕîñţš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Print a copy for the family…</source>
            <translation>‏[‮&amp;Pŕîñţ á çöþý ƒöŕ ţĥé ƒáɱîļý…‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Print the signed form for the family to keep (your passphrase is asked)</source>
            <translation>‏[‮Þŕîñţ ţĥé šîĝñéð ƒöŕɱ ƒöŕ ţĥé ƒáɱîļý ţö ķééþ (ýöûŕ þáššþĥŕášé îš ášķéð)‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Back to the family</source>
            <translation>‏[‮&amp;Báçķ ţö ţĥé ƒáɱîļý‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Back to the family's page</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ƒáɱîļý'š þáĝé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Signed and sealed at %s. Record %s.</source>
            <translation>‏[‮Šîĝñéð áñð šéáļéð áţ‬ %s‮. Ŕéçöŕð‬ %s‮.‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The %s family's consent record is kept, encrypted, on this laptop. It can no longer be changed.

Record id: %s
Fingerprint (SHA-256): %s…</source>
            <translation>‏[‮Ţĥé‬ %s ‮ƒáɱîļý'š çöñšéñţ ŕéçöŕð îš ķéþţ, éñçŕýþţéð, öñ ţĥîš ļáþţöþ. Îţ çáñ ñö ļöñĝéŕ ƀé çĥáñĝéð.‬

‮Ŕéçöŕð îð:‬ %s
‮Ƒîñĝéŕþŕîñţ (ŠĤÅ-256):‬ %s‮…‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Back to the %s family</source>
            <translation>‏[‮&amp;Báçķ ţö ţĥé‬ %s ‮ƒáɱîļý‬ ‮····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <source>Connect this laptop to central</source>
            <translation>‏[‮Çöññéçţ ţĥîš ļáþţöþ ţö çéñţŕáļ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Once connected, what you sign is sent to central when this laptop is online. Until then, everything still works here and is kept safe.</source>
            <translation>‏[‮Öñçé çöññéçţéð, ŵĥáţ ýöû šîĝñ îš šéñţ ţö çéñţŕáļ ŵĥéñ ţĥîš ļáþţöþ îš öñļîñé. Ûñţîļ ţĥéñ, éṽéŕýţĥîñĝ šţîļļ ŵöŕķš ĥéŕé áñð îš ķéþţ šáƒé.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Enrollment code from IT:</source>
            <translation>‏[‮&amp;Eñŕöļļɱéñţ çöðé ƒŕöɱ ÎŢ:‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Paste the code here. It starts with CSSW1-</source>
            <translation>‏[‮Þášţé ţĥé çöðé ĥéŕé. Îţ šţáŕţš ŵîţĥ ÇŠŠŴ1-‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>‏[‮Éñŕöļļɱéñţ çöðé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The code IT gave you, starting CSSW1-. Paste it here. Tab moves on.</source>
            <translation>‏[‮Ţĥé çöðé ÎŢ ĝáṽé ýöû, šţáŕţîñĝ ÇŠŠŴ1-. Þášţé îţ ĥéŕé. Ţáƀ ɱöṽéš öñ.‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Problem with the code</source>
            <translation>‏[‮Þŕöƀļéɱ ŵîţĥ ţĥé çöðé‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Your &amp;central password:</source>
            <translation>‏[‮Ýöûŕ &amp;céñţŕáļ þáššŵöŕð:‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Your central password</source>
            <translation>‏[‮Ýöûŕ çéñţŕáļ þáššŵöŕð‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>The password IT set for you at central, not this laptop's passphrase</source>
            <translation>‏[‮Ţĥé þáššŵöŕð ÎŢ šéţ ƒöŕ ýöû áţ çéñţŕáļ, ñöţ ţĥîš ļáþţöþ'š þáššþĥŕášé‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The password IT set for you at central, not this laptop's passphrase.</source>
            <translation>‏[‮Ţĥé þáššŵöŕð ÎŢ šéţ ƒöŕ ýöû áţ çéñţŕáļ, ñöţ ţĥîš ļáþţöþ'š þáššþĥŕášé.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Problem with the password</source>
            <translation>‏[‮Þŕöƀļéɱ ŵîţĥ ţĥé þáššŵöŕð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Moving to another central</source>
            <translation>‏[‮Ṁöṽîñĝ ţö áñöţĥéŕ çéñţŕáļ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>‏[‮Þŕöƀļéɱ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>This laptop is connected</source>
            <translation>‏[‮Ţĥîš ļáþţöþ îš çöññéçţéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Connected for</source>
            <translation>‏[‮Çöññéçţéð ƒöŕ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Before a visit, use Download my caseload to bring your families onto this laptop.</source>
            <translation>‏[‮Ɓéƒöŕé á ṽîšîţ, ûšé Ðöŵñļöáð ɱý çášéļöáð ţö ƀŕîñĝ ýöûŕ ƒáɱîļîéš öñţö ţĥîš ļáþţöþ.‬ ‮····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>‏[‮Ç&amp;oññéçţ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Download my caseload</source>
            <translation>‏[‮&amp;Döŵñļöáð ɱý çášéļöáð‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏[‮Çáñçéļ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Connect this laptop to central with the code and password</source>
            <translation>‏[‮Çöññéçţ ţĥîš ļáþţöþ ţö çéñţŕáļ ŵîţĥ ţĥé çöðé áñð þáššŵöŕð‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Bring your allocated families onto this laptop</source>
            <translation>‏[‮Ɓŕîñĝ ýöûŕ áļļöçáţéð ƒáɱîļîéš öñţö ţĥîš ļáþţöþ‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Close without connecting</source>
            <translation>‏[‮Çļöšé ŵîţĥöûţ çöññéçţîñĝ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>This laptop is connected to central at %1. This code is for central at %2. Move it only if IT told you to: records it sends from now on go to %2.</source>
            <translation>‏[‮Ţĥîš ļáþţöþ îš çöññéçţéð ţö çéñţŕáļ áţ‬ %1‮. Ţĥîš çöðé îš ƒöŕ çéñţŕáļ áţ‬ %2‮. Ṁöṽé îţ öñļý îƒ ÎŢ ţöļð ýöû ţö: ŕéçöŕðš îţ šéñðš ƒŕöɱ ñöŵ öñ ĝö ţö‬ %2‮.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Move this laptop from %1 to %2</source>
            <translation>‏[‮&amp;Möṽé ţĥîš ļáþţöþ ƒŕöɱ‬ %1 ‮ţö‬ %2 ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Paste the enrollment code IT gave you.</source>
            <translation>‏[‮Þášţé ţĥé éñŕöļļɱéñţ çöðé ÎŢ ĝáṽé ýöû.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Tick the box to move this laptop, or Cancel.</source>
            <translation>‏[‮Ţîçķ ţĥé ƀöẋ ţö ɱöṽé ţĥîš ļáþţöþ, öŕ Çáñçéļ.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Type your central password.</source>
            <translation>‏[‮Ţýþé ýöûŕ çéñţŕáļ þáššŵöŕð.‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>‏[‮Çöññéçţîñĝ…‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Connected for %s.
Role: %s. Team: %s.</source>
            <translation>‏[‮Çöññéçţéð ƒöŕ‬ %s‮.‬
‮Ŕöļé:‬ %s‮. Ţéáɱ:‬ %s‮.‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>‏[‮Çļöšé‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>ErrorPage</name>
        <message>
            <source>The app cannot open its information</source>
            <translation>‏[‮Ţĥé áþþ çáññöţ öþéñ îţš îñƒöŕɱáţîöñ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>‏[‮Ŵĥáţ îš ŵŕöñĝ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Nothing has been deleted. If this does not go away after trying again, contact the IT service desk and tell them the message above.</source>
            <translation>‏[‮Ñöţĥîñĝ ĥáš ƀééñ ðéļéţéð. Îƒ ţĥîš ðöéš ñöţ ĝö áŵáý áƒţéŕ ţŕýîñĝ áĝáîñ, çöñţáçţ ţĥé ÎŢ šéŕṽîçé ðéšķ áñð ţéļļ ţĥéɱ ţĥé ɱéššáĝé áƀöṽé.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>‏[‮&amp;Tŕý áĝáîñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>‏[‮Ţŕý áĝáîñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Try to open the information again</source>
            <translation>‏[‮Ţŕý ţö öþéñ ţĥé îñƒöŕɱáţîöñ áĝáîñ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>‏[‮&amp;Qûîţ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>‏[‮Ǫûîţ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Close the app; nothing is deleted</source>
            <translation>‏[‮Çļöšé ţĥé áþþ; ñöţĥîñĝ îš ðéļéţéð‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Data folder: %s</source>
            <translation>‏[‮Ðáţá ƒöļðéŕ:‬ %s ‮····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>‏[‮Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Something went wrong in the app.</source>
            <translation>‏[‮Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ îñ ţĥé áþþ.‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>What you saved before this is safe. If the last thing you did does not show, please try it again. If this keeps happening, tell the IT service desk the time it happened.</source>
            <translation>‏[‮Ŵĥáţ ýöû šáṽéð ƀéƒöŕé ţĥîš îš šáƒé. Îƒ ţĥé ļášţ ţĥîñĝ ýöû ðîð ðöéš ñöţ šĥöŵ, þļéášé ţŕý îţ áĝáîñ. Îƒ ţĥîš ķééþš ĥáþþéñîñĝ, ţéļļ ţĥé ÎŢ šéŕṽîçé ðéšķ ţĥé ţîɱé îţ ĥáþþéñéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>‏[‮Éŕŕöŕ ɱéššáĝé‬ ‮····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This enrollment code was not made by your council's IT, so this laptop will not use it. Do not type your password for it anywhere. Tell IT who gave you the code.</source>
            <translation>‏[‮Ţĥîš éñŕöļļɱéñţ çöðé ŵáš ñöţ ɱáðé ƀý ýöûŕ çöûñçîļ'š ÎŢ, šö ţĥîš ļáþţöþ ŵîļļ ñöţ ûšé îţ. Ðö ñöţ ţýþé ýöûŕ þáššŵöŕð ƒöŕ îţ áñýŵĥéŕé. Ţéļļ ÎŢ ŵĥö ĝáṽé ýöû ţĥé çöðé.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>This laptop has no council key to check enrollment codes with, so it cannot enroll. Ask IT.</source>
            <translation>‏[‮Ţĥîš ļáþţöþ ĥáš ñö çöûñçîļ ķéý ţö çĥéçķ éñŕöļļɱéñţ çöðéš ŵîţĥ, šö îţ çáññöţ éñŕöļļ. Åšķ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The code's server address is not an https:// address.</source>
            <translation>‏[‮Ţĥé çöðé'š šéŕṽéŕ áððŕéšš îš ñöţ áñ ĥţţþš:// áððŕéšš.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The code's server address is not a plain https:// address.</source>
            <translation>‏[‮Ţĥé çöðé'š šéŕṽéŕ áððŕéšš îš ñöţ á þļáîñ ĥţţþš:// áððŕéšš.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The code's server address must not have a path.</source>
            <translation>‏[‮Ţĥé çöðé'š šéŕṽéŕ áððŕéšš ɱûšţ ñöţ ĥáṽé á þáţĥ.‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>That is not an enrollment code: it should start with CSSW1-. Check it with IT.</source>
            <translation>‏[‮Ţĥáţ îš ñöţ áñ éñŕöļļɱéñţ çöðé: îţ šĥöûļð šţáŕţ ŵîţĥ ÇŠŠŴ1-. Çĥéçķ îţ ŵîţĥ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The enrollment code is incomplete or mistyped. Copy it again, all of it.</source>
            <translation>‏[‮Ţĥé éñŕöļļɱéñţ çöðé îš îñçöɱþļéţé öŕ ɱîšţýþéð. Çöþý îţ áĝáîñ, áļļ öƒ îţ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The enrollment code cannot be read. Ask IT for a new one.</source>
            <translation>‏[‮Ţĥé éñŕöļļɱéñţ çöðé çáññöţ ƀé ŕéáð. Åšķ ÎŢ ƒöŕ á ñéŵ öñé.‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The backup of unsent records cannot be read: it is damaged or belongs to another store.</source>
            <translation>‏[‮Ţĥé ƀáçķûþ öƒ ûñšéñţ ŕéçöŕðš çáññöţ ƀé ŕéáð: îţ îš ðáɱáĝéð öŕ ƀéļöñĝš ţö áñöţĥéŕ šţöŕé.‬ ‮····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The store is locked.</source>
            <translation>‏[‮Ţĥé šţöŕé îš ļöçķéð.‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The backup of unsent records could not be written.</source>
            <translation>‏[‮Ţĥé ƀáçķûþ öƒ ûñšéñţ ŕéçöŕðš çöûļð ñöţ ƀé ŵŕîţţéñ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>This copy of the app is missing its encryption library.</source>
            <translation>‏[‮Ţĥîš çöþý öƒ ţĥé áþþ îš ɱîššîñĝ îţš éñçŕýþţîöñ ļîƀŕáŕý.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The store could not be put into safe-write mode.</source>
            <translation>‏[‮Ţĥé šţöŕé çöûļð ñöţ ƀé þûţ îñţö šáƒé-ŵŕîţé ɱöðé.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The store could not be read with its key: the file is damaged or is not this laptop's store. Contact IT support; do not delete anything.</source>
            <translation>‏[‮Ţĥé šţöŕé çöûļð ñöţ ƀé ŕéáð ŵîţĥ îţš ķéý: ţĥé ƒîļé îš ðáɱáĝéð öŕ îš ñöţ ţĥîš ļáþţöþ'š šţöŕé. Çöñţáçţ ÎŢ šûþþöŕţ; ðö ñöţ ðéļéţé áñýţĥîñĝ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The store is locked. Unlock it to carry on.</source>
            <translation>‏[‮Ţĥé šţöŕé îš ļöçķéð. Ûñļöçķ îţ ţö çáŕŕý öñ.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This is a training store: its families and records are fictional, so it is never connected to central and nothing in it is sent. Nothing has been changed.</source>
            <translation>‏[‮Ţĥîš îš á ţŕáîñîñĝ šţöŕé: îţš ƒáɱîļîéš áñð ŕéçöŕðš áŕé ƒîçţîöñáļ, šö îţ îš ñéṽéŕ çöññéçţéð ţö çéñţŕáļ áñð ñöţĥîñĝ îñ îţ îš šéñţ. Ñöţĥîñĝ ĥáš ƀééñ çĥáñĝéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The laptop's disk is full, so nothing was saved just now. Everything saved before is safe. Free some space (or ask IT to), then try again: if you were sealing a record, press Seal again.</source>
            <translation>‏[‮Ţĥé ļáþţöþ'š ðîšķ îš ƒûļļ, šö ñöţĥîñĝ ŵáš šáṽéð ĵûšţ ñöŵ. Éṽéŕýţĥîñĝ šáṽéð ƀéƒöŕé îš šáƒé. Ƒŕéé šöɱé šþáçé (öŕ ášķ ÎŢ ţö), ţĥéñ ţŕý áĝáîñ: îƒ ýöû ŵéŕé šéáļîñĝ á ŕéçöŕð, þŕéšš Šéáļ áĝáîñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The app's data folder cannot be written to at the moment (the disk or the folder is read-only), so nothing was saved just now. Everything saved before is safe. Ask IT to make the folder writable again, then try again.</source>
            <translation>‏[‮Ţĥé áþþ'š ðáţá ƒöļðéŕ çáññöţ ƀé ŵŕîţţéñ ţö áţ ţĥé ɱöɱéñţ (ţĥé ðîšķ öŕ ţĥé ƒöļðéŕ îš ŕéáð-öñļý), šö ñöţĥîñĝ ŵáš šáṽéð ĵûšţ ñöŵ. Éṽéŕýţĥîñĝ šáṽéð ƀéƒöŕé îš šáƒé. Åšķ ÎŢ ţö ɱáķé ţĥé ƒöļðéŕ ŵŕîţáƀļé áĝáîñ, ţĥéñ ţŕý áĝáîñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The laptop's disk could not be written to just now, so nothing was saved. Everything saved before is safe. Try again; if it keeps happening, contact IT support.</source>
            <translation>‏[‮Ţĥé ļáþţöþ'š ðîšķ çöûļð ñöţ ƀé ŵŕîţţéñ ţö ĵûšţ ñöŵ, šö ñöţĥîñĝ ŵáš šáṽéð. Éṽéŕýţĥîñĝ šáṽéð ƀéƒöŕé îš šáƒé. Ţŕý áĝáîñ; îƒ îţ ķééþš ĥáþþéñîñĝ, çöñţáçţ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The store on this laptop is damaged: part of it can no longer be read. Nothing has been deleted. Contact IT support; your unsent records can be restored from the backup.</source>
            <translation>‏[‮Ţĥé šţöŕé öñ ţĥîš ļáþţöþ îš ðáɱáĝéð: þáŕţ öƒ îţ çáñ ñö ļöñĝéŕ ƀé ŕéáð. Ñöţĥîñĝ ĥáš ƀééñ ðéļéţéð. Çöñţáçţ ÎŢ šûþþöŕţ; ýöûŕ ûñšéñţ ŕéçöŕðš çáñ ƀé ŕéšţöŕéð ƒŕöɱ ţĥé ƀáçķûþ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>That family is no longer in the store.</source>
            <translation>‏[‮Ţĥáţ ƒáɱîļý îš ñö ļöñĝéŕ îñ ţĥé šţöŕé.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The key file in the data folder is damaged, so the store cannot be opened. Contact IT support; do not delete anything.</source>
            <translation>‏[‮Ţĥé ķéý ƒîļé îñ ţĥé ðáţá ƒöļðéŕ îš ðáɱáĝéð, šö ţĥé šţöŕé çáññöţ ƀé öþéñéð. Çöñţáçţ ÎŢ šûþþöŕţ; ðö ñöţ ðéļéţé áñýţĥîñĝ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The key file asks for a weaker protection than this app allows. Contact IT support; do not delete anything.</source>
            <translation>‏[‮Ţĥé ķéý ƒîļé ášķš ƒöŕ á ŵéáķéŕ þŕöţéçţîöñ ţĥáñ ţĥîš áþþ áļļöŵš. Çöñţáçţ ÎŢ šûþþöŕţ; ðö ñöţ ðéļéţé áñýţĥîñĝ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This store was last used by a newer version of the app (store version %1, this app understands up to %2). Install the newer version; nothing has been changed.</source>
            <translation>‏[‮Ţĥîš šţöŕé ŵáš ļášţ ûšéð ƀý á ñéŵéŕ ṽéŕšîöñ öƒ ţĥé áþþ (šţöŕé ṽéŕšîöñ‬ %1‮, ţĥîš áþþ ûñðéŕšţáñðš ûþ ţö‬ %2‮). Îñšţáļļ ţĥé ñéŵéŕ ṽéŕšîöñ; ñöţĥîñĝ ĥáš ƀééñ çĥáñĝéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The receipt is for a record this laptop did not send.</source>
            <translation>‏[‮Ţĥé ŕéçéîþţ îš ƒöŕ á ŕéçöŕð ţĥîš ļáþţöþ ðîð ñöţ šéñð.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The receipt does not name the record that was sent.</source>
            <translation>‏[‮Ţĥé ŕéçéîþţ ðöéš ñöţ ñáɱé ţĥé ŕéçöŕð ţĥáţ ŵáš šéñţ.‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>This record is signed and sealed; it cannot be changed.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð îš šîĝñéð áñð šéáļéð; îţ çáññöţ ƀé çĥáñĝéð.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>That consent record is not in the store.</source>
            <translation>‏[‮Ţĥáţ çöñšéñţ ŕéçöŕð îš ñöţ îñ ţĥé šţöŕé.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The store on this laptop is damaged, so it cannot be opened. Nothing has been deleted. There is no readable backup of unsent records on this laptop. Contact IT support; do not delete anything.</source>
            <translation>‏[‮Ţĥé šţöŕé öñ ţĥîš ļáþţöþ îš ðáɱáĝéð, šö îţ çáññöţ ƀé öþéñéð. Ñöţĥîñĝ ĥáš ƀééñ ðéļéţéð. Ţĥéŕé îš ñö ŕéáðáƀļé ƀáçķûþ öƒ ûñšéñţ ŕéçöŕðš öñ ţĥîš ļáþţöþ. Çöñţáçţ ÎŢ šûþþöŕţ; ðö ñöţ ðéļéţé áñýţĥîñĝ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The store on this laptop is damaged, so it cannot be opened. Nothing has been deleted. %1 sealed record(s) not yet sent to central are safe in the backup of %2: restore them into a new store (Restore on the unlock page, or the command cssw-desktop restore-backup).</source>
            <translation>‏[‮Ţĥé šţöŕé öñ ţĥîš ļáþţöþ îš ðáɱáĝéð, šö îţ çáññöţ ƀé öþéñéð. Ñöţĥîñĝ ĥáš ƀééñ ðéļéţéð.‬ %1 ‮šéáļéð ŕéçöŕð(š) ñöţ ýéţ šéñţ ţö çéñţŕáļ áŕé šáƒé îñ ţĥé ƀáçķûþ öƒ‬ %2‮: ŕéšţöŕé ţĥéɱ îñţö á ñéŵ šţöŕé (Ŕéšţöŕé öñ ţĥé ûñļöçķ þáĝé, öŕ ţĥé çöɱɱáñð çššŵ-ðéšķţöþ ŕéšţöŕé-ƀáçķûþ).‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>There is no backup of unsent records on this laptop, so there is nothing to restore. Nothing has been changed.</source>
            <translation>‏[‮Ţĥéŕé îš ñö ƀáçķûþ öƒ ûñšéñţ ŕéçöŕðš öñ ţĥîš ļáþţöþ, šö ţĥéŕé îš ñöţĥîñĝ ţö ŕéšţöŕé. Ñöţĥîñĝ ĥáš ƀééñ çĥáñĝéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>This record is already signed and sealed.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð îš áļŕéáðý šîĝñéð áñð šéáļéð.‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>There is no store in %1 yet.</source>
            <translation>‏[‮Ţĥéŕé îš ñö šţöŕé îñ‬ %1 ‮ýéţ.‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The store in %1 is there but its key file (%2) is missing, so it cannot be opened. Contact IT support; do not delete anything.</source>
            <translation>‏[‮Ţĥé šţöŕé îñ‬ %1 ‮îš ţĥéŕé ƀûţ îţš ķéý ƒîļé (‬%2‮) îš ɱîššîñĝ, šö îţ çáññöţ ƀé öþéñéð. Çöñţáçţ ÎŢ šûþþöŕţ; ðö ñöţ ðéļéţé áñýţĥîñĝ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The store in %1 is a real store, not a training store, so training does not open it. Nothing has been changed.</source>
            <translation>‏[‮Ţĥé šţöŕé îñ‬ %1 ‮îš á ŕéáļ šţöŕé, ñöţ á ţŕáîñîñĝ šţöŕé, šö ţŕáîñîñĝ ðöéš ñöţ öþéñ îţ. Ñöţĥîñĝ ĥáš ƀééñ çĥáñĝéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>This laptop's keyring no longer holds the device secret for the store in %1, so it cannot be opened here. The store has not been changed. Contact IT support; do not delete anything.</source>
            <translation>‏[‮Ţĥîš ļáþţöþ'š ķéýŕîñĝ ñö ļöñĝéŕ ĥöļðš ţĥé ðéṽîçé šéçŕéţ ƒöŕ ţĥé šţöŕé îñ‬ %1‮, šö îţ çáññöţ ƀé öþéñéð ĥéŕé. Ţĥé šţöŕé ĥáš ñöţ ƀééñ çĥáñĝéð. Çöñţáçţ ÎŢ šûþþöŕţ; ðö ñöţ ðéļéţé áñýţĥîñĝ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>There is already a store in %1; it has not been changed.</source>
            <translation>‏[‮Ţĥéŕé îš áļŕéáðý á šţöŕé îñ‬ %1‮; îţ ĥáš ñöţ ƀééñ çĥáñĝéð.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The store in %1 and its key file disagree about whether it is a training store, so it cannot be opened. Contact IT support; do not delete anything.</source>
            <translation>‏[‮Ţĥé šţöŕé îñ‬ %1 ‮áñð îţš ķéý ƒîļé ðîšáĝŕéé áƀöûţ ŵĥéţĥéŕ îţ îš á ţŕáîñîñĝ šţöŕé, šö îţ çáññöţ ƀé öþéñéð. Çöñţáçţ ÎŢ šûþþöŕţ; ðö ñöţ ðéļéţé áñýţĥîñĝ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This laptop is connected to central at %1 and still has %2 record(s) to send there. It cannot be moved to %3 until they are sent: sync first, or ask IT.</source>
            <translation>‏[‮Ţĥîš ļáþţöþ îš çöññéçţéð ţö çéñţŕáļ áţ‬ %1 ‮áñð šţîļļ ĥáš‬ %2 ‮ŕéçöŕð(š) ţö šéñð ţĥéŕé. Îţ çáññöţ ƀé ɱöṽéð ţö‬ %3 ‮ûñţîļ ţĥéý áŕé šéñţ: šýñç ƒîŕšţ, öŕ ášķ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>This laptop is connected to central at %1; this code is for central at %2. Move it only if IT told you to, and confirm by naming %1.</source>
            <translation>‏[‮Ţĥîš ļáþţöþ îš çöññéçţéð ţö çéñţŕáļ áţ‬ %1‮; ţĥîš çöðé îš ƒöŕ çéñţŕáļ áţ‬ %2‮. Ṁöṽé îţ öñļý îƒ ÎŢ ţöļð ýöû ţö, áñð çöñƒîŕɱ ƀý ñáɱîñĝ‬ %1‮.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Central already knows this laptop and would not enroll it again. Ask IT to remove the old entry, then enroll again.</source>
            <translation>‏[‮Çéñţŕáļ áļŕéáðý ķñöŵš ţĥîš ļáþţöþ áñð ŵöûļð ñöţ éñŕöļļ îţ áĝáîñ. Åšķ ÎŢ ţö ŕéɱöṽé ţĥé öļð éñţŕý, ţĥéñ éñŕöļļ áĝáîñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Too many attempts. Wait 1 minute and try again.</source>
            <translation>‏[‮Ţöö ɱáñý áţţéɱþţš. Ŵáîţ 1 ɱîñûţé áñð ţŕý áĝáîñ.‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Too many attempts. Wait %1 minutes and try again.</source>
            <translation>‏[‮Ţöö ɱáñý áţţéɱþţš. Ŵáîţ‬ %1 ‮ɱîñûţéš áñð ţŕý áĝáîñ.‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Central did not see this laptop's signature on the request. Tell IT.</source>
            <translation>‏[‮Çéñţŕáļ ðîð ñöţ šéé ţĥîš ļáþţöþ'š šîĝñáţûŕé öñ ţĥé ŕéǫûéšţ. Ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Central does not know this laptop. Ask IT for a new enrollment code.</source>
            <translation>‏[‮Çéñţŕáļ ðöéš ñöţ ķñöŵ ţĥîš ļáþţöþ. Åšķ ÎŢ ƒöŕ á ñéŵ éñŕöļļɱéñţ çöðé.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>IT has switched this laptop off for the consent service, so its store was removed.</source>
            <translation>‏[‮ÎŢ ĥáš šŵîţçĥéð ţĥîš ļáþţöþ öƒƒ ƒöŕ ţĥé çöñšéñţ šéŕṽîçé, šö îţš šţöŕé ŵáš ŕéɱöṽéð.‬ ‮····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Central saw the same request twice and refused the second one. Sync again.</source>
            <translation>‏[‮Çéñţŕáļ šáŵ ţĥé šáɱé ŕéǫûéšţ ţŵîçé áñð ŕéƒûšéð ţĥé šéçöñð öñé. Šýñç áĝáîñ.‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Central did not accept this laptop's signature. Tell IT.</source>
            <translation>‏[‮Çéñţŕáļ ðîð ñöţ áççéþţ ţĥîš ļáþţöþ'š šîĝñáţûŕé. Ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Central could not read what this laptop sent. It is kept on this laptop; tell IT.</source>
            <translation>‏[‮Çéñţŕáļ çöûļð ñöţ ŕéáð ŵĥáţ ţĥîš ļáþţöþ šéñţ. Îţ îš ķéþţ öñ ţĥîš ļáþţöþ; ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This record is too large for central to take. It is kept on this laptop; tell IT.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð îš ţöö ļáŕĝé ƒöŕ çéñţŕáļ ţö ţáķé. Îţ îš ķéþţ öñ ţĥîš ļáþţöþ; ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This record was changed after it was signed, so central refused it. It is kept on this laptop; tell IT.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð ŵáš çĥáñĝéð áƒţéŕ îţ ŵáš šîĝñéð, šö çéñţŕáļ ŕéƒûšéð îţ. Îţ îš ķéþţ öñ ţĥîš ļáþţöþ; ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>This record's seal does not check out, so central refused it. It is kept on this laptop; tell IT.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð'š šéáļ ðöéš ñöţ çĥéçķ öûţ, šö çéñţŕáļ ŕéƒûšéð îţ. Îţ îš ķéþţ öñ ţĥîš ļáþţöþ; ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>This record was made in training, so central refused it: records made in training are never sent. It is kept on this laptop.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð ŵáš ɱáðé îñ ţŕáîñîñĝ, šö çéñţŕáļ ŕéƒûšéð îţ: ŕéçöŕðš ɱáðé îñ ţŕáîñîñĝ áŕé ñéṽéŕ šéñţ. Îţ îš ķéþţ öñ ţĥîš ļáþţöþ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>This record was sealed on another laptop, so central will not take it from this one. It is kept on this laptop; tell IT.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð ŵáš šéáļéð öñ áñöţĥéŕ ļáþţöþ, šö çéñţŕáļ ŵîļļ ñöţ ţáķé îţ ƒŕöɱ ţĥîš öñé. Îţ îš ķéþţ öñ ţĥîš ļáþţöþ; ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Central already holds a different copy of this record and version. It is kept on this laptop; tell IT.</source>
            <translation>‏[‮Çéñţŕáļ áļŕéáðý ĥöļðš á ðîƒƒéŕéñţ çöþý öƒ ţĥîš ŕéçöŕð áñð ṽéŕšîöñ. Îţ îš ķéþţ öñ ţĥîš ļáþţöþ; ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Central does not hold that record.</source>
            <translation>‏[‮Çéñţŕáļ ðöéš ñöţ ĥöļð ţĥáţ ŕéçöŕð.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>That record has already been dealt with. Refresh the list.</source>
            <translation>‏[‮Ţĥáţ ŕéçöŕð ĥáš áļŕéáðý ƀééñ ðéáļţ ŵîţĥ. Ŕéƒŕéšĥ ţĥé ļîšţ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Central is busy just now. The laptop will try again shortly.</source>
            <translation>‏[‮Çéñţŕáļ îš ƀûšý ĵûšţ ñöŵ. Ţĥé ļáþţöþ ŵîļļ ţŕý áĝáîñ šĥöŕţļý.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Central had a problem. Nothing is lost; the laptop will try again later.</source>
            <translation>‏[‮Çéñţŕáļ ĥáð á þŕöƀļéɱ. Ñöţĥîñĝ îš ļöšţ; ţĥé ļáþţöþ ŵîļļ ţŕý áĝáîñ ļáţéŕ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Your account is not allowed to do that. Ask your team lead or IT.</source>
            <translation>‏[‮Ýöûŕ áççöûñţ îš ñöţ áļļöŵéð ţö ðö ţĥáţ. Åšķ ýöûŕ ţéáɱ ļéáð öŕ ÎŢ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>That enrollment code or password was not accepted. Check both, or ask IT for a new code.</source>
            <translation>‏[‮Ţĥáţ éñŕöļļɱéñţ çöðé öŕ þáššŵöŕð ŵáš ñöţ áççéþţéð. Çĥéçķ ƀöţĥ, öŕ ášķ ÎŢ ƒöŕ á ñéŵ çöðé.‬ ‮····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>That enrollment code has expired. Ask IT for a new one.</source>
            <translation>‏[‮Ţĥáţ éñŕöļļɱéñţ çöðé ĥáš éẋþîŕéð. Åšķ ÎŢ ƒöŕ á ñéŵ öñé.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>That enrollment code has already been used. Ask IT for a new one.</source>
            <translation>‏[‮Ţĥáţ éñŕöļļɱéñţ çöðé ĥáš áļŕéáðý ƀééñ ûšéð. Åšķ ÎŢ ƒöŕ á ñéŵ öñé.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Central could not make the signed PDF of this record, so it was not approved. Nothing is lost: tell IT, and approve it again once they have fixed this.</source>
            <translation>‏[‮Çéñţŕáļ çöûļð ñöţ ɱáķé ţĥé šîĝñéð ÞÐƑ öƒ ţĥîš ŕéçöŕð, šö îţ ŵáš ñöţ áþþŕöṽéð. Ñöţĥîñĝ îš ļöšţ: ţéļļ ÎŢ, áñð áþþŕöṽé îţ áĝáîñ öñçé ţĥéý ĥáṽé ƒîẋéð ţĥîš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Central is not working properly just now (error %1). Nothing is lost; the laptop will try again later.</source>
            <translation>‏[‮Çéñţŕáļ îš ñöţ ŵöŕķîñĝ þŕöþéŕļý ĵûšţ ñöŵ (éŕŕöŕ‬ %1‮). Ñöţĥîñĝ îš ļöšţ; ţĥé ļáþţöþ ŵîļļ ţŕý áĝáîñ ļáţéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Central refused the request (error %1). Tell IT if this keeps happening.</source>
            <translation>‏[‮Çéñţŕáļ ŕéƒûšéð ţĥé ŕéǫûéšţ (éŕŕöŕ‬ %1‮). Ţéļļ ÎŢ îƒ ţĥîš ķééþš ĥáþþéñîñĝ.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Central's answer could not be read. Nothing is lost; the laptop will try again later.</source>
            <translation>‏[‮Çéñţŕáļ'š áñšŵéŕ çöûļð ñöţ ƀé ŕéáð. Ñöţĥîñĝ îš ļöšţ; ţĥé ļáþţöþ ŵîļļ ţŕý áĝáîñ ļáţéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Central did not answer in time. The connection may be slow; the laptop will try again later.</source>
            <translation>‏[‮Çéñţŕáļ ðîð ñöţ áñšŵéŕ îñ ţîɱé. Ţĥé çöññéçţîöñ ɱáý ƀé šļöŵ; ţĥé ļáþţöþ ŵîļļ ţŕý áĝáîñ ļáţéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Central's address could not be found. Check the laptop is connected to the internet; the laptop will try again later.</source>
            <translation>‏[‮Çéñţŕáļ'š áððŕéšš çöûļð ñöţ ƀé ƒöûñð. Çĥéçķ ţĥé ļáþţöþ îš çöññéçţéð ţö ţĥé îñţéŕñéţ; ţĥé ļáþţöþ ŵîļļ ţŕý áĝáîñ ļáţéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>A secure connection to central could not be made, so nothing was sent. If you are on a hotel or public network, try another; otherwise tell IT.</source>
            <translation>‏[‮Å šéçûŕé çöññéçţîöñ ţö çéñţŕáļ çöûļð ñöţ ƀé ɱáðé, šö ñöţĥîñĝ ŵáš šéñţ. Îƒ ýöû áŕé öñ á ĥöţéļ öŕ þûƀļîç ñéţŵöŕķ, ţŕý áñöţĥéŕ; öţĥéŕŵîšé ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Central could not be reached. Check the laptop is connected to the internet; nothing is lost and the laptop will try again later.</source>
            <translation>‏[‮Çéñţŕáļ çöûļð ñöţ ƀé ŕéáçĥéð. Çĥéçķ ţĥé ļáþţöþ îš çöññéçţéð ţö ţĥé îñţéŕñéţ; ñöţĥîñĝ îš ļöšţ áñð ţĥé ļáþţöþ ŵîļļ ţŕý áĝáîñ ļáţéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>This record has not been signed and sealed, so there is no form to show.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð ĥáš ñöţ ƀééñ šîĝñéð áñð šéáļéð, šö ţĥéŕé îš ñö ƒöŕɱ ţö šĥöŵ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Central's copy of this record cannot be read. Please tell IT support.</source>
            <translation>‏[‮Çéñţŕáļ'š çöþý öƒ ţĥîš ŕéçöŕð çáññöţ ƀé ŕéáð. Þļéášé ţéļļ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This record's seal does not check out (%1). Do not approve it; please tell IT support.</source>
            <translation>‏[‮Ţĥîš ŕéçöŕð'š šéáļ ðöéš ñöţ çĥéçķ öûţ (‬%1‮). Ðö ñöţ áþþŕöṽé îţ; þļéášé ţéļļ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>ExplainedStep</name>
        <message>
            <source>Tick each point as you explain it. The time you tick it is kept in the record. “The following information has been explained to me:”</source>
            <translation>‏[‮Ţîçķ éáçĥ þöîñţ áš ýöû éẋþļáîñ îţ. Ţĥé ţîɱé ýöû ţîçķ îţ îš ķéþţ îñ ţĥé ŕéçöŕð. “Ţĥé ƒöļļöŵîñĝ îñƒöŕɱáţîöñ ĥáš ƀééñ éẋþļáîñéð ţö ɱé:”‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Tick when you have explained this; the time you tick it is kept</source>
            <translation>‏[‮Ţîçķ ŵĥéñ ýöû ĥáṽé éẋþļáîñéð ţĥîš; ţĥé ţîɱé ýöû ţîçķ îţ îš ķéþţ‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>explained at %s</source>
            <translation>‏[‮éẋþļáîñéð áţ‬ %s ‮····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>FamiliesPage</name>
        <message>
            <source>Families</source>
            <translation>‏[‮Ƒáɱîļîéš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Add family…</source>
            <translation>‏[‮&amp;Aðð ƒáɱîļý…‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Add family</source>
            <translation>‏[‮Åðð ƒáɱîļý‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Add a family (Ctrl+N)</source>
            <translation>‏[‮Åðð á ƒáɱîļý (Çţŕļ+Ñ)‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>‏[‮&amp;Séáŕçĥ:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Family name, a child's name or the case reference</source>
            <translation>‏[‮Ƒáɱîļý ñáɱé, á çĥîļð'š ñáɱé öŕ ţĥé çášé ŕéƒéŕéñçé‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Search families</source>
            <translation>‏[‮Šéáŕçĥ ƒáɱîļîéš‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>‏[‮Šĥö&amp;w:‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Show families by consent</source>
            <translation>‏[‮Šĥöŵ ƒáɱîļîéš ƀý çöñšéñţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Which families the list shows: all, or those in one consent state</source>
            <translation>‏[‮Ŵĥîçĥ ƒáɱîļîéš ţĥé ļîšţ šĥöŵš: áļļ, öŕ ţĥöšé îñ öñé çöñšéñţ šţáţé‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>One family a row. Enter opens the family's page.</source>
            <translation>‏[‮Öñé ƒáɱîļý á ŕöŵ. Éñţéŕ öþéñš ţĥé ƒáɱîļý'š þáĝé.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Click a column's heading to sort by it</source>
            <translation>‏[‮Çļîçķ á çöļûɱñ'š ĥéáðîñĝ ţö šöŕţ ƀý îţ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>How many families are shown</source>
            <translation>‏[‮Ĥöŵ ɱáñý ƒáɱîļîéš áŕé šĥöŵñ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Open family</source>
            <translation>‏[‮&amp;Oþéñ ƒáɱîļý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Open family</source>
            <translation>‏[‮Öþéñ ƒáɱîļý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Open the page of the family chosen in the list (Enter in the list)</source>
            <translation>‏[‮Öþéñ ţĥé þáĝé öƒ ţĥé ƒáɱîļý çĥöšéñ îñ ţĥé ļîšţ (Éñţéŕ îñ ţĥé ļîšţ)‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>No families yet. Use Add family to add the first one.</source>
            <translation>‏[‮Ñö ƒáɱîļîéš ýéţ. Ûšé Åðð ƒáɱîļý ţö áðð ţĥé ƒîŕšţ öñé.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>No families to show for “%1”. Choose All families in Show.</source>
            <translation>‏[‮Ñö ƒáɱîļîéš ţö šĥöŵ ƒöŕ “‬%1‮”. Çĥööšé Åļļ ƒáɱîļîéš îñ Šĥöŵ.‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>No families match your search.</source>
            <translation>‏[‮Ñö ƒáɱîļîéš ɱáţçĥ ýöûŕ šéáŕçĥ.‬ ‮····· ····· ··‬]</translation>
        </message>
        <message numerus="yes">
            <source>%n families</source>
            <translation>
                <numerusform>‏[%n ‮ƒáɱîļîéš‬ ‮····‬]</numerusform>
                <numerusform>‏[%n ‮ƒáɱîļîéš‬ ‮····‬]</numerusform>
                <numerusform>‏[%n ‮ƒáɱîļîéš‬ ‮····‬]</numerusform>
                <numerusform>‏[%n ‮ƒáɱîļîéš‬ ‮····‬]</numerusform>
                <numerusform>‏[%n ‮ƒáɱîļîéš‬ ‮····‬]</numerusform>
                <numerusform>‏[%n ‮ƒáɱîļîéš‬ ‮····‬]</numerusform>
            </translation>
        </message>
        <message>
            <source>1 family</source>
            <translation>‏[‮1 ƒáɱîļý‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Showing %1 of %2 families</source>
            <translation>‏[‮Šĥöŵîñĝ‬ %1 ‮öƒ‬ %2 ‮ƒáɱîļîéš‬ ‮····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>FamiliesTableModel</name>
        <message>
            <source>Family name</source>
            <translation>‏[‮Ƒáɱîļý ñáɱé‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>‏[‮Çášé ŕéƒéŕéñçé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>‏[‮Çöñšéñţ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>‏[‮Ŕéṽîéŵ ƀý‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>‏[‮Çĥîļðŕéñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>‏[‮Ļášţ çĥáñĝéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>‏[‮Ŕéáðîñĝ…‬ ‮····‬]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>‏[‮ñöñé‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>FamilyConsent</name>
        <message>
            <source>This family's consent records could not be read. Nothing has been changed. Please tell IT support.</source>
            <translation>‏[‮Ţĥîš ƒáɱîļý'š çöñšéñţ ŕéçöŕðš çöûļð ñöţ ƀé ŕéáð. Ñöţĥîñĝ ĥáš ƀééñ çĥáñĝéð. Þļéášé ţéļļ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The withdrawal has been recorded and sealed.</source>
            <translation>‏[‮Ţĥé ŵîţĥðŕáŵáļ ĥáš ƀééñ ŕéçöŕðéð áñð šéáļéð.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The share has been recorded and sealed.</source>
            <translation>‏[‮Ţĥé šĥáŕé ĥáš ƀééñ ŕéçöŕðéð áñð šéáļéð.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>FamilyEditor</name>
        <message>
            <source>Add family</source>
            <translation>‏[‮Åðð ƒáɱîļý‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Edit family</source>
            <translation>‏[‮Éðîţ ƒáɱîļý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Problems to fix</source>
            <translation>‏[‮Þŕöƀļéɱš ţö ƒîẋ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>‏[‮&amp;Fáɱîļý ñáɱé:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>A&amp;ddress (optional):</source>
            <translation>‏[‮Å&amp;dðŕéšš (öþţîöñáļ):‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Case &amp;reference (optional):</source>
            <translation>‏[‮Çášé &amp;réƒéŕéñçé (öþţîöñáļ):‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Allocated &amp;worker (optional):</source>
            <translation>‏[‮Åļļöçáţéð &amp;wöŕķéŕ (öþţîöñáļ):‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The family's surname, as the family page shows it</source>
            <translation>‏[‮Ţĥé ƒáɱîļý'š šûŕñáɱé, áš ţĥé ƒáɱîļý þáĝé šĥöŵš îţ‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Where the family lives</source>
            <translation>‏[‮Ŵĥéŕé ţĥé ƒáɱîļý ļîṽéš‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>The case reference in the council's case records</source>
            <translation>‏[‮Ţĥé çášé ŕéƒéŕéñçé îñ ţĥé çöûñçîļ'š çášé ŕéçöŕðš‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The social worker allocated to the family</source>
            <translation>‏[‮Ţĥé šöçîáļ ŵöŕķéŕ áļļöçáţéð ţö ţĥé ƒáɱîļý‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>‏[‮Çĥîļðŕéñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Add c&amp;hild</source>
            <translation>‏[‮Åðð ç&amp;hîļð‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Add child</source>
            <translation>‏[‮Åðð çĥîļð‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Add a row for another child of the family</source>
            <translation>‏[‮Åðð á ŕöŵ ƒöŕ áñöţĥéŕ çĥîļð öƒ ţĥé ƒáɱîļý‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>‏[‮&amp;Sáṽé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>‏[‮Šáṽé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Save the family and close</source>
            <translation>‏[‮Šáṽé ţĥé ƒáɱîļý áñð çļöšé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏[‮Çáñçéļ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Close without saving the changes</source>
            <translation>‏[‮Çļöšé ŵîţĥöûţ šáṽîñĝ ţĥé çĥáñĝéš‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Please enter the child's date of birth.</source>
            <translation>‏[‮Þļéášé éñţéŕ ţĥé çĥîļð'š ðáţé öƒ ƀîŕţĥ.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Please fix the problem below before saving.</source>
            <translation>‏[‮Þļéášé ƒîẋ ţĥé þŕöƀļéɱ ƀéļöŵ ƀéƒöŕé šáṽîñĝ.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message numerus="yes">
            <source>Please fix the %n problems below before saving.</source>
            <translation>
                <numerusform>‏[‮Þļéášé ƒîẋ ţĥé‬ %n ‮þŕöƀļéɱš ƀéļöŵ ƀéƒöŕé šáṽîñĝ.‬ ‮····· ····· ····· ···‬]</numerusform>
                <numerusform>‏[‮Þļéášé ƒîẋ ţĥé‬ %n ‮þŕöƀļéɱš ƀéļöŵ ƀéƒöŕé šáṽîñĝ.‬ ‮····· ····· ····· ···‬]</numerusform>
                <numerusform>‏[‮Þļéášé ƒîẋ ţĥé‬ %n ‮þŕöƀļéɱš ƀéļöŵ ƀéƒöŕé šáṽîñĝ.‬ ‮····· ····· ····· ···‬]</numerusform>
                <numerusform>‏[‮Þļéášé ƒîẋ ţĥé‬ %n ‮þŕöƀļéɱš ƀéļöŵ ƀéƒöŕé šáṽîñĝ.‬ ‮····· ····· ····· ···‬]</numerusform>
                <numerusform>‏[‮Þļéášé ƒîẋ ţĥé‬ %n ‮þŕöƀļéɱš ƀéļöŵ ƀéƒöŕé šáṽîñĝ.‬ ‮····· ····· ····· ···‬]</numerusform>
                <numerusform>‏[‮Þļéášé ƒîẋ ţĥé‬ %n ‮þŕöƀļéɱš ƀéļöŵ ƀéƒöŕé šáṽîñĝ.‬ ‮····· ····· ····· ···‬]</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>‏[‮Ðîšçáŕð çĥáñĝéš?‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>You have changes that are not saved. Throw them away?</source>
            <translation>‏[‮Ýöû ĥáṽé çĥáñĝéš ţĥáţ áŕé ñöţ šáṽéð. Ţĥŕöŵ ţĥéɱ áŵáý?‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>‏[‮&amp;Dîšçáŕð çĥáñĝéš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>‏[‮&amp;Kééþ éðîţîñĝ‬ ‮····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>&amp;Edit family…</source>
            <translation>‏[‮&amp;Eðîţ ƒáɱîļý…‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Edit family</source>
            <translation>‏[‮Éðîţ ƒáɱîļý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Change the family's details and children (Ctrl+E)</source>
            <translation>‏[‮Çĥáñĝé ţĥé ƒáɱîļý'š ðéţáîļš áñð çĥîļðŕéñ (Çţŕļ+É)‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>&amp;Back to families</source>
            <translation>‏[‮&amp;Báçķ ţö ƒáɱîļîéš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Back to families</source>
            <translation>‏[‮Ɓáçķ ţö ƒáɱîļîéš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Back to the families list (Esc)</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ƒáɱîļîéš ļîšţ (Éšç)‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>‏[‮Åððŕéšš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>‏[‮Çášé ŕéƒéŕéñçé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Allocated worker</source>
            <translation>‏[‮Åļļöçáţéð ŵöŕķéŕ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>‏[‮Ļášţ çĥáñĝéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>‏[‮Åððŕéšš:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Case reference:</source>
            <translation>‏[‮Çášé ŕéƒéŕéñçé:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Allocated worker:</source>
            <translation>‏[‮Åļļöçáţéð ŵöŕķéŕ:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Last changed:</source>
            <translation>‏[‮Ļášţ çĥáñĝéð:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>‏[‮Çĥîļðŕéñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Each child's name, date of birth, age, and whether they consent themselves</source>
            <translation>‏[‮Éáçĥ çĥîļð'š ñáɱé, ðáţé öƒ ƀîŕţĥ, áĝé, áñð ŵĥéţĥéŕ ţĥéý çöñšéñţ ţĥéɱšéļṽéš‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>History</source>
            <translation>‏[‮Ĥîšţöŕý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>View the recor&amp;d…</source>
            <translation>‏[‮Ṽîéŵ ţĥé ŕéçöŕ&amp;d…‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>View the selected record</source>
            <translation>‏[‮Ṽîéŵ ţĥé šéļéçţéð ŕéçöŕð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Show the selected form or withdrawal as it prints (or double-click it)</source>
            <translation>‏[‮Šĥöŵ ţĥé šéļéçţéð ƒöŕɱ öŕ ŵîţĥðŕáŵáļ áš îţ þŕîñţš (öŕ ðöûƀļé-çļîçķ îţ)‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>‏[‮Çöñšéñţ ĥîšţöŕý‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Every signed form and withdrawal, newest first. Enter shows the one chosen.</source>
            <translation>‏[‮Éṽéŕý šîĝñéð ƒöŕɱ áñð ŵîţĥðŕáŵáļ, ñéŵéšţ ƒîŕšţ. Éñţéŕ šĥöŵš ţĥé öñé çĥöšéñ.‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%s family</source>
            <translation>‏[%s ‮ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>‏[‮Ñöţ ŕéçöŕðéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Every signed consent form and withdrawal, newest first.</source>
            <translation>‏[‮Éṽéŕý šîĝñéð çöñšéñţ ƒöŕɱ áñð ŵîţĥðŕáŵáļ, ñéŵéšţ ƒîŕšţ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>No signed consent forms or withdrawals yet.</source>
            <translation>‏[‮Ñö šîĝñéð çöñšéñţ ƒöŕɱš öŕ ŵîţĥðŕáŵáļš ýéţ.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>No children recorded yet. Use Edit family to add them.</source>
            <translation>‏[‮Ñö çĥîļðŕéñ ŕéçöŕðéð ýéţ. Ûšé Éðîţ ƒáɱîļý ţö áðð ţĥéɱ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Marked “13+ — own consent needed”: %s. Ask them for their own consent as well as the parent's.</source>
            <translation>‏[‮Ṁáŕķéð “13+ — öŵñ çöñšéñţ ñééðéð”:‬ %s‮. Åšķ ţĥéɱ ƒöŕ ţĥéîŕ öŵñ çöñšéñţ áš ŵéļļ áš ţĥé þáŕéñţ'š.‬ ‮····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The latest consent form has the own answer of each young person aged 13 or over, or why they were not asked.</source>
            <translation>‏[‮Ţĥé ļáţéšţ çöñšéñţ ƒöŕɱ ĥáš ţĥé öŵñ áñšŵéŕ öƒ éáçĥ ýöûñĝ þéŕšöñ áĝéð 13 öŕ öṽéŕ, öŕ ŵĥý ţĥéý ŵéŕé ñöţ ášķéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>All the children are under 13.</source>
            <translation>‏[‮Åļļ ţĥé çĥîļðŕéñ áŕé ûñðéŕ 13.‬ ‮····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>FamilyProblem</name>
        <message>
            <source>Please enter the %1.</source>
            <translation>‏[‮Þļéášé éñţéŕ ţĥé‬ %1‮.‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The %1 is too long: keep it to %2 characters.</source>
            <translation>‏[‮Ţĥé‬ %1 ‮îš ţöö ļöñĝ: ķééþ îţ ţö‬ %2 ‮çĥáŕáçţéŕš.‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The %1 contains hidden or control characters. Please type it again.</source>
            <translation>‏[‮Ţĥé‬ %1 ‮çöñţáîñš ĥîððéñ öŕ çöñţŕöļ çĥáŕáçţéŕš. Þļéášé ţýþé îţ áĝáîñ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>child's name</source>
            <translation>‏[‮çĥîļð'š ñáɱé‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>‏[‮ĝéñðéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>A date of birth cannot be in the future.</source>
            <translation>‏[‮Å ðáţé öƒ ƀîŕţĥ çáññöţ ƀé îñ ţĥé ƒûţûŕé.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>That date of birth makes the child over %1. Please check the year.</source>
            <translation>‏[‮Ţĥáţ ðáţé öƒ ƀîŕţĥ ɱáķéš ţĥé çĥîļð öṽéŕ‬ %1‮. Þļéášé çĥéçķ ţĥé ýéáŕ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>‏[‮ƒáɱîļý ñáɱé‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>address</source>
            <translation>‏[‮áððŕéšš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>case reference</source>
            <translation>‏[‮çášé ŕéƒéŕéñçé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>allocated worker</source>
            <translation>‏[‮áļļöçáţéð ŵöŕķéŕ‬ ‮····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>FamilyScreen</name>
        <message>
            <source>Your information, your rights</source>
            <translation>‏[‮Ýöûŕ îñƒöŕɱáţîöñ, ýöûŕ ŕîĝĥţš‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Hand back to the worker</source>
            <translation>‏[‮Ĥáñð ƀáçķ ţö ţĥé ŵöŕķéŕ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>For your social worker: they type their passphrase to go back</source>
            <translation>‏[‮Ƒöŕ ýöûŕ šöçîáļ ŵöŕķéŕ: ţĥéý ţýþé ţĥéîŕ þáššþĥŕášé ţö ĝö ƀáçķ‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>FlagAdvice</name>
        <message>
            <source>check the worker explained what saying No means and that the answers are the family's own; approve if the record is right</source>
            <translation>‏[‮çĥéçķ ţĥé ŵöŕķéŕ éẋþļáîñéð ŵĥáţ šáýîñĝ Ñö ɱéáñš áñð ţĥáţ ţĥé áñšŵéŕš áŕé ţĥé ƒáɱîļý'š öŵñ; áþþŕöṽé îƒ ţĥé ŕéçöŕð îš ŕîĝĥţ‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>check the worker discussed it with the young person and recorded their own wishes; approve if the record is right</source>
            <translation>‏[‮çĥéçķ ţĥé ŵöŕķéŕ ðîšçûššéð îţ ŵîţĥ ţĥé ýöûñĝ þéŕšöñ áñð ŕéçöŕðéð ţĥéîŕ öŵñ ŵîšĥéš; áþþŕöṽé îƒ ţĥé ŕéçöŕð îš ŕîĝĥţ‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>check the reason on the form; return it to the worker if there is no good reason, approve if there is</source>
            <translation>‏[‮çĥéçķ ţĥé ŕéášöñ öñ ţĥé ƒöŕɱ; ŕéţûŕñ îţ ţö ţĥé ŵöŕķéŕ îƒ ţĥéŕé îš ñö ĝööð ŕéášöñ, áþþŕöṽé îƒ ţĥéŕé îš‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>ask the worker why it waited on the laptop; approve if the record is right</source>
            <translation>‏[‮ášķ ţĥé ŵöŕķéŕ ŵĥý îţ ŵáîţéð öñ ţĥé ļáþţöþ; áþþŕöṽé îƒ ţĥé ŕéçöŕð îš ŕîĝĥţ‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>compare the names and dates of birth with the case system; return it to the worker if the form is wrong, or have the case system put right</source>
            <translation>‏[‮çöɱþáŕé ţĥé ñáɱéš áñð ðáţéš öƒ ƀîŕţĥ ŵîţĥ ţĥé çášé šýšţéɱ; ŕéţûŕñ îţ ţö ţĥé ŵöŕķéŕ îƒ ţĥé ƒöŕɱ îš ŵŕöñĝ, öŕ ĥáṽé ţĥé çášé šýšţéɱ þûţ ŕîĝĥţ‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>check what CSSW still shares about them on the adult's consent and tell the agencies concerned; approve to file the withdrawal</source>
            <translation>‏[‮çĥéçķ ŵĥáţ ÇŠŠŴ šţîļļ šĥáŕéš áƀöûţ ţĥéɱ öñ ţĥé áðûļţ'š çöñšéñţ áñð ţéļļ ţĥé áĝéñçîéš çöñçéŕñéð; áþþŕöṽé ţö ƒîļé ţĥé ŵîţĥðŕáŵáļ‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>check the reason and the manager's authorisation are recorded; approve if the decision was made properly</source>
            <translation>‏[‮çĥéçķ ţĥé ŕéášöñ áñð ţĥé ɱáñáĝéŕ'š áûţĥöŕîšáţîöñ áŕé ŕéçöŕðéð; áþþŕöṽé îƒ ţĥé ðéçîšîöñ ŵáš ɱáðé þŕöþéŕļý‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>decide by that date whether the family can now be told; it stays on your list of shares the family was not told of until then</source>
            <translation>‏[‮ðéçîðé ƀý ţĥáţ ðáţé ŵĥéţĥéŕ ţĥé ƒáɱîļý çáñ ñöŵ ƀé ţöļð; îţ šţáýš öñ ýöûŕ ļîšţ öƒ šĥáŕéš ţĥé ƒáɱîļý ŵáš ñöţ ţöļð öƒ ûñţîļ ţĥéñ‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>do not approve it as it is: ask the worker which consent it rested on, and return it if it was in fact shared without consent</source>
            <translation>‏[‮ðö ñöţ áþþŕöṽé îţ áš îţ îš: ášķ ţĥé ŵöŕķéŕ ŵĥîçĥ çöñšéñţ îţ ŕéšţéð öñ, áñð ŕéţûŕñ îţ îƒ îţ ŵáš îñ ƒáçţ šĥáŕéð ŵîţĥöûţ çöñšéñţ‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>read the record closely; approve only if it is right</source>
            <translation>‏[‮ŕéáð ţĥé ŕéçöŕð çļöšéļý; áþþŕöṽé öñļý îƒ îţ îš ŕîĝĥţ‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%1 — %2.</source>
            <translation>‏[%1 ‮—‬ %2‮.‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>HandBackPanel</name>
        <message>
            <source>For your social worker</source>
            <translation>‏[‮Ƒöŕ ýöûŕ šöçîáļ ŵöŕķéŕ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Type your passphrase to go back to the worker's screen.</source>
            <translation>‏[‮Ţýþé ýöûŕ þáššþĥŕášé ţö ĝö ƀáçķ ţö ţĥé ŵöŕķéŕ'š šçŕééñ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Worker's passphrase</source>
            <translation>‏[‮Ŵöŕķéŕ'š þáššþĥŕášé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The social worker's passphrase. Press Enter to go back to their screen.</source>
            <translation>‏[‮Ţĥé šöçîáļ ŵöŕķéŕ'š þáššþĥŕášé. Þŕéšš Éñţéŕ ţö ĝö ƀáçķ ţö ţĥéîŕ šçŕééñ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏[‮Çáñçéļ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Go to the worker's screen</source>
            <translation>‏[‮Ĝö ţö ţĥé ŵöŕķéŕ'š šçŕééñ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Stay on the family's screen</source>
            <translation>‏[‮Šţáý öñ ţĥé ƒáɱîļý'š šçŕééñ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Check the passphrase and go back to the worker's screen</source>
            <translation>‏[‮Çĥéçķ ţĥé þáššþĥŕášé áñð ĝö ƀáçķ ţö ţĥé ŵöŕķéŕ'š šçŕééñ‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Language for this visit</source>
            <translation>‏[‮Ļáñĝûáĝé ƒöŕ ţĥîš ṽîšîţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Which language will the family read?</source>
            <translation>‏[‮Ŵĥîçĥ ļáñĝûáĝé ŵîļļ ţĥé ƒáɱîļý ŕéáð?‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The leaflet and the screens the %s family sees will be in this language. Your own screens stay as they are.</source>
            <translation>‏[‮Ţĥé ļéáƒļéţ áñð ţĥé šçŕééñš ţĥé‬ %s ‮ƒáɱîļý šééš ŵîļļ ƀé îñ ţĥîš ļáñĝûáĝé. Ýöûŕ öŵñ šçŕééñš šţáý áš ţĥéý áŕé.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Choose with the arrow keys, then press Enter to start the visit.</source>
            <translation>‏[‮Çĥööšé ŵîţĥ ţĥé áŕŕöŵ ķéýš, ţĥéñ þŕéšš Éñţéŕ ţö šţáŕţ ţĥé ṽîšîţ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Start the visit</source>
            <translation>‏[‮&amp;Sţáŕţ ţĥé ṽîšîţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Starts the visit in the language chosen above.</source>
            <translation>‏[‮Šţáŕţš ţĥé ṽîšîţ îñ ţĥé ļáñĝûáĝé çĥöšéñ áƀöṽé.‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Goes back without starting a visit.</source>
            <translation>‏[‮Ĝöéš ƀáçķ ŵîţĥöûţ šţáŕţîñĝ á ṽîšîţ.‬ ‮····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>LastTime</name>
        <message>
            <source>Yes</source>
            <translation>‏[‮Ýéš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>‏[‮Ñö‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Last time: %1</source>
            <translation>‏[‮Ļášţ ţîɱé:‬ %1 ‮·····‬]</translation>
        </message>
    </context>
    <context>
        <name>LeafletEndPage</name>
        <message>
            <source>Scroll the end of the leaflet</source>
            <translation>‏[‮Šçŕöļļ ţĥé éñð öƒ ţĥé ļéáƒļéţ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Moves the page up and down, to your rights and who to contact</source>
            <translation>‏[‮Ṁöṽéš ţĥé þáĝé ûþ áñð ðöŵñ, ţö ýöûŕ ŕîĝĥţš áñð ŵĥö ţö çöñţáçţ‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>You have reached the end of the leaflet</source>
            <translation>‏[‮Ýöû ĥáṽé ŕéáçĥéð ţĥé éñð öƒ ţĥé ļéáƒļéţ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Thank you for reading it. Please give the laptop back to your social worker now. They will answer your questions and go through your choices with you, one at a time. At the end you check your choices and sign.</source>
            <translation>‏[‮Ţĥáñķ ýöû ƒöŕ ŕéáðîñĝ îţ. Þļéášé ĝîṽé ţĥé ļáþţöþ ƀáçķ ţö ýöûŕ šöçîáļ ŵöŕķéŕ ñöŵ. Ţĥéý ŵîļļ áñšŵéŕ ýöûŕ ǫûéšţîöñš áñð ĝö ţĥŕöûĝĥ ýöûŕ çĥöîçéš ŵîţĥ ýöû, öñé áţ á ţîɱé. Åţ ţĥé éñð ýöû çĥéçķ ýöûŕ çĥöîçéš áñð šîĝñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Below: your rights and who to contact about your information. They are also on your copy of the form you sign.</source>
            <translation>‏[‮Ɓéļöŵ: ýöûŕ ŕîĝĥţš áñð ŵĥö ţö çöñţáçţ áƀöûţ ýöûŕ îñƒöŕɱáţîöñ. Ţĥéý áŕé áļšö öñ ýöûŕ çöþý öƒ ţĥé ƒöŕɱ ýöû šîĝñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Give the laptop back to your social worker</source>
            <translation>‏[‮Ĝîṽé ţĥé ļáþţöþ ƀáçķ ţö ýöûŕ šöçîáļ ŵöŕķéŕ‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Your social worker types their passphrase to go on</source>
            <translation>‏[‮Ýöûŕ šöçîáļ ŵöŕķéŕ ţýþéš ţĥéîŕ þáššþĥŕášé ţö ĝö öñ‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>‹ Back to the leaflet</source>
            <translation>‏[‮‹ Ɓáçķ ţö ţĥé ļéáƒļéţ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Back to the leaflet</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ļéáƒļéţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Read the leaflet again</source>
            <translation>‏[‮Ŕéáð ţĥé ļéáƒļéţ áĝáîñ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>You have not seen these sections yet: %s. “Back to the leaflet” takes you there.</source>
            <translation>‏[‮Ýöû ĥáṽé ñöţ šééñ ţĥéšé šéçţîöñš ýéţ:‬ %s‮. “Ɓáçķ ţö ţĥé ļéáƒļéţ” ţáķéš ýöû ţĥéŕé.‬ ‮····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>LeafletNotice</name>
        <message>
            <source>The family reads the leaflet's words.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé ļéáƒļéţ'š ŵöŕðš.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>How long child protection records are kept</source>
            <translation>‏[‮Ĥöŵ ļöñĝ çĥîļð þŕöţéçţîöñ ŕéçöŕðš áŕé ķéþţ‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The family reads the leaflet's 30 years; central keeps child protection records for the notice's 35 years, counted from the day the record was sealed, as neither document says when the period starts.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé ļéáƒļéţ'š 30 ýéáŕš; çéñţŕáļ ķééþš çĥîļð þŕöţéçţîöñ ŕéçöŕðš ƒöŕ ţĥé ñöţîçé'š 35 ýéáŕš, çöûñţéð ƒŕöɱ ţĥé ðáý ţĥé ŕéçöŕð ŵáš šéáļéð, áš ñéîţĥéŕ ðöçûɱéñţ šáýš ŵĥéñ ţĥé þéŕîöð šţáŕţš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>When the children in need period starts</source>
            <translation>‏[‮Ŵĥéñ ţĥé çĥîļðŕéñ îñ ñééð þéŕîöð šţáŕţš‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The family reads the leaflet's words; central counts the 25 years from the date the case was closed, as the notice says.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé ļéáƒļéţ'š ŵöŕðš; çéñţŕáļ çöûñţš ţĥé 25 ýéáŕš ƒŕöɱ ţĥé ðáţé ţĥé çášé ŵáš çļöšéð, áš ţĥé ñöţîçé šáýš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>When the looked after children period starts</source>
            <translation>‏[‮Ŵĥéñ ţĥé ļööķéð áƒţéŕ çĥîļðŕéñ þéŕîöð šţáŕţš‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The family reads the leaflet's words; central counts the 100 years from the birth of the youngest child the record covers.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé ļéáƒļéţ'š ŵöŕðš; çéñţŕáļ çöûñţš ţĥé 100 ýéáŕš ƒŕöɱ ţĥé ƀîŕţĥ öƒ ţĥé ýöûñĝéšţ çĥîļð ţĥé ŕéçöŕð çöṽéŕš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Adoption records</source>
            <translation>‏[‮Åðöþţîöñ ŕéçöŕðš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>The leaflet has no adoption periods and the family is not shown any; central keeps adoption records for 100 years from the adoption order, and those of adopters not approved for 10 years from the date the case was closed (the notice names no start for these).</source>
            <translation>‏[‮Ţĥé ļéáƒļéţ ĥáš ñö áðöþţîöñ þéŕîöðš áñð ţĥé ƒáɱîļý îš ñöţ šĥöŵñ áñý; çéñţŕáļ ķééþš áðöþţîöñ ŕéçöŕðš ƒöŕ 100 ýéáŕš ƒŕöɱ ţĥé áðöþţîöñ öŕðéŕ, áñð ţĥöšé öƒ áðöþţéŕš ñöţ áþþŕöṽéð ƒöŕ 10 ýéáŕš ƒŕöɱ ţĥé ðáţé ţĥé çášé ŵáš çļöšéð (ţĥé ñöţîçé ñáɱéš ñö šţáŕţ ƒöŕ ţĥéšé).‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Whether the periods are all required by law</source>
            <translation>‏[‮Ŵĥéţĥéŕ ţĥé þéŕîöðš áŕé áļļ ŕéǫûîŕéð ƀý ļáŵ‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Whether sharing rests on consent</source>
            <translation>‏[‮Ŵĥéţĥéŕ šĥáŕîñĝ ŕéšţš öñ çöñšéñţ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The family reads the leaflet's words and the app records their consent agency by agency, as the paper form does.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé ļéáƒļéţ'š ŵöŕðš áñð ţĥé áþþ ŕéçöŕðš ţĥéîŕ çöñšéñţ áĝéñçý ƀý áĝéñçý, áš ţĥé þáþéŕ ƒöŕɱ ðöéš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>When the family is not told or asked</source>
            <translation>‏[‮Ŵĥéñ ţĥé ƒáɱîļý îš ñöţ ţöļð öŕ ášķéð‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Who information may be shared with</source>
            <translation>‏[‮Ŵĥö îñƒöŕɱáţîöñ ɱáý ƀé šĥáŕéð ŵîţĥ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The family reads the leaflet's eleven agencies and answers for each; the notice also names schools, other council services, the Department for Education, Ofsted and, for adoption, other parties.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé ļéáƒļéţ'š éļéṽéñ áĝéñçîéš áñð áñšŵéŕš ƒöŕ éáçĥ; ţĥé ñöţîçé áļšö ñáɱéš šçĥööļš, öţĥéŕ çöûñçîļ šéŕṽîçéš, ţĥé Ðéþáŕţɱéñţ ƒöŕ Éðûçáţîöñ, Öƒšţéð áñð, ƒöŕ áðöþţîöñ, öţĥéŕ þáŕţîéš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>‏[‮Ŕéšéáŕçĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>The family is asked about research as the leaflet describes it; the notice says nothing of research or of consent to it, and names the Department for Education, not the Department for Communities and Local Government.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý îš ášķéð áƀöûţ ŕéšéáŕçĥ áš ţĥé ļéáƒļéţ ðéšçŕîƀéš îţ; ţĥé ñöţîçé šáýš ñöţĥîñĝ öƒ ŕéšéáŕçĥ öŕ öƒ çöñšéñţ ţö îţ, áñð ñáɱéš ţĥé Ðéþáŕţɱéñţ ƒöŕ Éðûçáţîöñ, ñöţ ţĥé Ðéþáŕţɱéñţ ƒöŕ Çöɱɱûñîţîéš áñð Ļöçáļ Ĝöṽéŕñɱéñţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Who can see the records</source>
            <translation>‏[‮Ŵĥö çáñ šéé ţĥé ŕéçöŕðš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>A parent seeing a child's records</source>
            <translation>‏[‮Å þáŕéñţ šééîñĝ á çĥîļð'š ŕéçöŕðš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>How to ask to see your records</source>
            <translation>‏[‮Ĥöŵ ţö ášķ ţö šéé ýöûŕ ŕéçöŕðš‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The family reads the leaflet's words; the rights and contacts after the leaflet and on the family's copy name the notice's web form and the email both documents give (resources/rights).</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé ļéáƒļéţ'š ŵöŕðš; ţĥé ŕîĝĥţš áñð çöñţáçţš áƒţéŕ ţĥé ļéáƒļéţ áñð öñ ţĥé ƒáɱîļý'š çöþý ñáɱé ţĥé ñöţîçé'š ŵéƀ ƒöŕɱ áñð ţĥé éɱáîļ ƀöţĥ ðöçûɱéñţš ĝîṽé (ŕéšöûŕçéš/ŕîĝĥţš).‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>What information is held</source>
            <translation>‏[‮Ŵĥáţ îñƒöŕɱáţîöñ îš ĥéļð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>The family reads the leaflet's list; the notice also names ethnicity, religious belief, health and criminal offence data.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé ļéáƒļéţ'š ļîšţ; ţĥé ñöţîçé áļšö ñáɱéš éţĥñîçîţý, ŕéļîĝîöûš ƀéļîéƒ, ĥéáļţĥ áñð çŕîɱîñáļ öƒƒéñçé ðáţá.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The service's name</source>
            <translation>‏[‮Ţĥé šéŕṽîçé'š ñáɱé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The data protection law named</source>
            <translation>‏[‮Ţĥé ðáţá þŕöţéçţîöñ ļáŵ ñáɱéð‬ ‮····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>LeafletReader</name>
        <message>
            <source>Scroll the leaflet section</source>
            <translation>‏[‮Šçŕöļļ ţĥé ļéáƒļéţ šéçţîöñ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Moves the section's text up and down</source>
            <translation>‏[‮Ṁöṽéš ţĥé šéçţîöñ'š ţéẋţ ûþ áñð ðöŵñ‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>‹ &amp;Previous section</source>
            <translation>‏[‮‹ &amp;Pŕéṽîöûš šéçţîöñ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Next &amp;section ›</source>
            <translation>‏[‮Ñéẋţ &amp;séçţîöñ ›‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Previous section</source>
            <translation>‏[‮Þŕéṽîöûš šéçţîöñ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Show the section before (Ctrl+Page Up)</source>
            <translation>‏[‮Šĥöŵ ţĥé šéçţîöñ ƀéƒöŕé (Çţŕļ+Þáĝé Ûþ)‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Next section</source>
            <translation>‏[‮Ñéẋţ šéçţîöñ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>%s: %s. %s</source>
            <translation>‏[%s‮:‬ %s‮.‬ %s ‮··‬]</translation>
        </message>
        <message>
            <source>Section %d of %d</source>
            <translation>‏[‮Šéçţîöñ‬ %d ‮öƒ‬ %d ‮·····‬]</translation>
        </message>
        <message>
            <source>%s of the leaflet, as the family reads it. Read it line by line or sentence by sentence; Next section (Ctrl+Page Down) goes on.</source>
            <translation>‏[%s ‮öƒ ţĥé ļéáƒļéţ, áš ţĥé ƒáɱîļý ŕéáðš îţ. Ŕéáð îţ ļîñé ƀý ļîñé öŕ šéñţéñçé ƀý šéñţéñçé; Ñéẋţ šéçţîöñ (Çţŕļ+Þáĝé Ðöŵñ) ĝöéš öñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Show the end of the leaflet</source>
            <translation>‏[‮Šĥöŵ ţĥé éñð öƒ ţĥé ļéáƒļéţ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Show the next section of the leaflet</source>
            <translation>‏[‮Šĥöŵ ţĥé ñéẋţ šéçţîöñ öƒ ţĥé ļéáƒļéţ‬ ‮····· ····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>LeafletStep</name>
        <message>
            <source>Go through each section with the family. You can give them the laptop to read it on their own screen.</source>
            <translation>‏[‮Ĝö ţĥŕöûĝĥ éáçĥ šéçţîöñ ŵîţĥ ţĥé ƒáɱîļý. Ýöû çáñ ĝîṽé ţĥéɱ ţĥé ļáþţöþ ţö ŕéáð îţ öñ ţĥéîŕ öŵñ šçŕééñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Give the laptop to the &amp;family…</source>
            <translation>‏[‮Ĝîṽé ţĥé ļáþţöþ ţö ţĥé &amp;fáɱîļý…‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Show the leaflet full screen for the family; your passphrase brings you back</source>
            <translation>‏[‮Šĥöŵ ţĥé ļéáƒļéţ ƒûļļ šçŕééñ ƒöŕ ţĥé ƒáɱîļý; ýöûŕ þáššþĥŕášé ƀŕîñĝš ýöû ƀáçķ‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>LicencesViewer</name>
        <message>
            <source>Third-party licences</source>
            <translation>‏[‮Ţĥîŕð-þáŕţý ļîçéñçéš‬ ‮····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>, </source>
            <comment>between names in a list</comment>
            <translation>‏[‮,‬ ‮··‬] </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the last two names in a list</comment>
            <translation>‏[%1 ‮áñð‬ %2 ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>LockScreens</name>
        <message>
            <source>Opening…</source>
            <translation>‏[‮Öþéñîñĝ…‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Lock state</source>
            <translation>‏[‮Ļöçķ šţáţé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>‏[‮Ļöçķéð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>‏[‮1 ɱîñûţé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%d minutes</source>
            <translation>‏[%d ‮ɱîñûţéš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>‏[‮1 šéçöñð‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%d seconds</source>
            <translation>‏[%d ‮šéçöñðš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Unlocked — locks after %s without use</source>
            <translation>‏[‮Ûñļöçķéð — ļöçķš áƒţéŕ‬ %s ‮ŵîţĥöûţ ûšé‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>‏[‮Ñöţ šéţ ûþ ýéţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Type your passphrase to unlock.</source>
            <translation>‏[‮Ţýþé ýöûŕ þáššþĥŕášé ţö ûñļöçķ.‬ ‮····· ····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CSSW offline consent</source>
            <translation>‏[‮ÇŠŠŴ öƒƒļîñé çöñšéñţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Data folder: %s</source>
            <translation>‏[‮Ðáţá ƒöļðéŕ:‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>‏[‮&amp;Fîļé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>‏[‮&amp;Löçķ ñöŵ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>‏[‮&amp;Séţţîñĝš…‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>‏[‮&amp;Cĥáñĝé þáššþĥŕášé…‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>‏[‮&amp;Qûîţ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>F&amp;amilies</source>
            <translation>‏[‮Ƒ&amp;aɱîļîéš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Add family…</source>
            <translation>‏[‮&amp;Aðð ƒáɱîļý…‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>&amp;Find a family</source>
            <translation>‏[‮&amp;Fîñð á ƒáɱîļý‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Edit this family…</source>
            <translation>‏[‮&amp;Eðîţ ţĥîš ƒáɱîļý…‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Back to families</source>
            <translation>‏[‮&amp;Báçķ ţö ƒáɱîļîéš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>‏[‮&amp;Vîéŵ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>‏[‮&amp;Héļþ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>&amp;About CSSW offline consent…</source>
            <translation>‏[‮&amp;Aƀöûţ ÇŠŠŴ öƒƒļîñé çöñšéñţ…‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>‏[‮Ļöçķéð.‬ ‮···‬]</translation>
        </message>
    </context>
    <context>
        <name>NeedsYouBar</name>
        <message>
            <source>What needs you</source>
            <translation>‏[‮Ŵĥáţ ñééðš ýöû‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Needs you:</source>
            <translation>‏[‮Ñééðš ýöû:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>✓ Nothing today: every family's consent is current.</source>
            <translation>‏[‮✓ Ñöţĥîñĝ ţöðáý: éṽéŕý ƒáɱîļý'š çöñšéñţ îš çûŕŕéñţ.‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>⚠ 1 review overdue</source>
            <translation>‏[‮⚠ 1 ŕéṽîéŵ öṽéŕðûé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>⚠ %n reviews overdue</source>
            <translation>‏[‮⚠‬ %n ‮ŕéṽîéŵš öṽéŕðûé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>◷ 1 review due this week</source>
            <translation>‏[‮◷ 1 ŕéṽîéŵ ðûé ţĥîš ŵééķ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>◷ %n reviews due this week</source>
            <translation>‏[‮◷‬ %n ‮ŕéṽîéŵš ðûé ţĥîš ŵééķ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>⚠ 1 young person turned 13</source>
            <translation>‏[‮⚠ 1 ýöûñĝ þéŕšöñ ţûŕñéð 13‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>⚠ %n young people turned 13</source>
            <translation>‏[‮⚠‬ %n ‮ýöûñĝ þéöþļé ţûŕñéð 13‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>⚠ 1 family to go through the new leaflet</source>
            <translation>‏[‮⚠ 1 ƒáɱîļý ţö ĝö ţĥŕöûĝĥ ţĥé ñéŵ ļéáƒļéţ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>⚠ %n families to go through the new leaflet</source>
            <translation>‏[‮⚠‬ %n ‮ƒáɱîļîéš ţö ĝö ţĥŕöûĝĥ ţĥé ñéŵ ļéáƒļéţ‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>○ 1 family never asked</source>
            <translation>‏[‮○ 1 ƒáɱîļý ñéṽéŕ ášķéð‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>○ %n families never asked</source>
            <translation>‏[‮○‬ %n ‮ƒáɱîļîéš ñéṽéŕ ášķéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Show only these families</source>
            <translation>‏[‮Šĥöŵ öñļý ţĥéšé ƒáɱîļîéš‬ ‮····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>NoticeViewer</name>
        <message>
            <source>The leaflet and the privacy notice</source>
            <translation>‏[‮Ţĥé ļéáƒļéţ áñð ţĥé þŕîṽáçý ñöţîçé‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Where the leaflet and the privacy notice disagree</source>
            <translation>‏[‮Ŵĥéŕé ţĥé ļéáƒļéţ áñð ţĥé þŕîṽáçý ñöţîçé ðîšáĝŕéé‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The family reads the council's leaflet “Your information, your rights” word for word. Where the council's later privacy notice says something else, the council has to settle it; until then central keeps records for the notice's periods.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŕéáðš ţĥé çöûñçîļ'š ļéáƒļéţ “Ýöûŕ îñƒöŕɱáţîöñ, ýöûŕ ŕîĝĥţš” ŵöŕð ƒöŕ ŵöŕð. Ŵĥéŕé ţĥé çöûñçîļ'š ļáţéŕ þŕîṽáçý ñöţîçé šáýš šöɱéţĥîñĝ éļšé, ţĥé çöûñçîļ ĥáš ţö šéţţļé îţ; ûñţîļ ţĥéñ çéñţŕáļ ķééþš ŕéçöŕðš ƒöŕ ţĥé ñöţîçé'š þéŕîöðš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The leaflet says nothing of it.</source>
            <translation>‏[‮Ţĥé ļéáƒļéţ šáýš ñöţĥîñĝ öƒ îţ.‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The leaflet: “%s”</source>
            <translation>‏[‮Ţĥé ļéáƒļéţ: “‬%s‮”‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The privacy notice: “%s”</source>
            <translation>‏[‮Ţĥé þŕîṽáçý ñöţîçé: “‬%s‮”‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Until it is settled: %s</source>
            <translation>‏[‮Ûñţîļ îţ îš šéţţļéð:‬ %s ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Shown to the family after the leaflet and on their copy of the form, with the privacy notice's contacts (IT updates them in resources/rights/rights.json):</source>
            <translation>‏[‮Šĥöŵñ ţö ţĥé ƒáɱîļý áƒţéŕ ţĥé ļéáƒļéţ áñð öñ ţĥéîŕ çöþý öƒ ţĥé ƒöŕɱ, ŵîţĥ ţĥé þŕîṽáçý ñöţîçé'š çöñţáçţš (ÎŢ ûþðáţéš ţĥéɱ îñ ŕéšöûŕçéš/ŕîĝĥţš/ŕîĝĥţš.ĵšöñ):‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <source>Outbox</source>
            <translation>‏[‮Öûţƀöẋ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>‏[‮&amp;Sýñç ñöŵ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>‏[‮Šýñç ñöŵ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Send what is waiting to central now (Ctrl+Shift+S)</source>
            <translation>‏[‮Šéñð ŵĥáţ îš ŵáîţîñĝ ţö çéñţŕáļ ñöŵ (Çţŕļ+Šĥîƒţ+Š)‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>&amp;Connect this laptop to central…</source>
            <translation>‏[‮&amp;Cöññéçţ ţĥîš ļáþţöþ ţö çéñţŕáļ…‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Connect with the enrollment code from IT, so signed forms can be sent</source>
            <translation>‏[‮Çöññéçţ ŵîţĥ ţĥé éñŕöļļɱéñţ çöðé ƒŕöɱ ÎŢ, šö šîĝñéð ƒöŕɱš çáñ ƀé šéñţ‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Back to families</source>
            <translation>‏[‮&amp;Báçķ ţö ƒáɱîļîéš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Back to the families list (Esc)</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ƒáɱîļîéš ļîšţ (Éšç)‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Connection to central</source>
            <translation>‏[‮Çöññéçţîöñ ţö çéñţŕáļ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>‏[‮Çöûñţš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>News from the last sync</source>
            <translation>‏[‮Ñéŵš ƒŕöɱ ţĥé ļášţ šýñç‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Each signed form and withdrawal on this laptop, and whether it was sent</source>
            <translation>‏[‮Éáçĥ šîĝñéð ƒöŕɱ áñð ŵîţĥðŕáŵáļ öñ ţĥîš ļáþţöþ, áñð ŵĥéţĥéŕ îţ ŵáš šéñţ‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Nothing has been signed on this laptop yet.</source>
            <translation>‏[‮Ñöţĥîñĝ ĥáš ƀééñ šîĝñéð öñ ţĥîš ļáþţöþ ýéţ.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Returned to you</source>
            <translation>‏[‮Ŕéţûŕñéð ţö ýöû‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Records your team lead sent back, with their comment</source>
            <translation>‏[‮Ŕéçöŕðš ýöûŕ ţéáɱ ļéáð šéñţ ƀáçķ, ŵîţĥ ţĥéîŕ çöɱɱéñţ‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>This is the training store: everything signed here is fictional, is marked TRAINING and is never sent to central.</source>
            <translation>‏[‮Ţĥîš îš ţĥé ţŕáîñîñĝ šţöŕé: éṽéŕýţĥîñĝ šîĝñéð ĥéŕé îš ƒîçţîöñáļ, îš ɱáŕķéð ŢŔÅÎÑÎÑĜ áñð îš ñéṽéŕ šéñţ ţö çéñţŕáļ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>This laptop is not connected to central yet. Everything you sign is kept safe here and will be sent once it is connected. To connect it you need an enrollment code from IT.</source>
            <translation>‏[‮Ţĥîš ļáþţöþ îš ñöţ çöññéçţéð ţö çéñţŕáļ ýéţ. Éṽéŕýţĥîñĝ ýöû šîĝñ îš ķéþţ šáƒé ĥéŕé áñð ŵîļļ ƀé šéñţ öñçé îţ îš çöññéçţéð. Ţö çöññéçţ îţ ýöû ñééð áñ éñŕöļļɱéñţ çöðé ƒŕöɱ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Connected to central for %s (%s, team: %s).</source>
            <translation>‏[‮Çöññéçţéð ţö çéñţŕáļ ƒöŕ‬ %s ‮(‬%s‮, ţéáɱ:‬ %s‮).‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Your team lead sent these back. Read what they ask, then record the visit again or talk to them.</source>
            <translation>‏[‮Ýöûŕ ţéáɱ ļéáð šéñţ ţĥéšé ƀáçķ. Ŕéáð ŵĥáţ ţĥéý ášķ, ţĥéñ ŕéçöŕð ţĥé ṽîšîţ áĝáîñ öŕ ţáļķ ţö ţĥéɱ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Nothing has been returned to you.</source>
            <translation>‏[‮Ñöţĥîñĝ ĥáš ƀééñ ŕéţûŕñéð ţö ýöû.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>1 signed in training, never sent</source>
            <translation>‏[‮1 šîĝñéð îñ ţŕáîñîñĝ, ñéṽéŕ šéñţ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%n signed in training, never sent</source>
            <translation>‏[%n ‮šîĝñéð îñ ţŕáîñîñĝ, ñéṽéŕ šéñţ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>1 waiting to send</source>
            <translation>‏[‮1 ŵáîţîñĝ ţö šéñð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>%n waiting to send</source>
            <translation>‏[%n ‮ŵáîţîñĝ ţö šéñð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>1 had a problem sending</source>
            <translation>‏[‮1 ĥáð á þŕöƀļéɱ šéñðîñĝ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>%n had a problem sending</source>
            <translation>‏[%n ‮ĥáð á þŕöƀļéɱ šéñðîñĝ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>1 sent</source>
            <translation>‏[‮1 šéñţ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%n sent</source>
            <translation>‏[%n ‮šéñţ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>‏[‮Šéñðîñĝ…‬ ‮····‬]</translation>
        </message>
    </context>
    <context>
        <name>OutboxTableModel</name>
        <message>
            <source>Family</source>
            <translation>‏[‮Ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>‏[‮Ŕéçöŕð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>‏[‮Šîĝñéð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>‏[‮Šţáţûš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>‏[‮Ðéţáîļš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%s family</source>
            <translation>‏[%s ‮ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Family no longer on this laptop</source>
            <translation>‏[‮Ƒáɱîļý ñö ļöñĝéŕ öñ ţĥîš ļáþţöþ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%s, version %d</source>
            <translation>‏[%s‮, ṽéŕšîöñ‬ %d ‮····‬]</translation>
        </message>
        <message>
            <source>%s · %s</source>
            <translation>‏[%s ‮·‬ %s ‮··‬]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>‏[‮ñöñé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>‏[‮Ŵáîţîñĝ ţö šéñð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>‏[‮Ñöţ šéñţ ýéţ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>‏[‮Šéñţ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Sent and removed</source>
            <translation>‏[‮Šéñţ áñð ŕéɱöṽéð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Training: never sent</source>
            <translation>‏[‮Ţŕáîñîñĝ: ñéṽéŕ šéñţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Could not be sent</source>
            <translation>‏[‮Çöûļð ñöţ ƀé šéñţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>A practice record: it stays on this laptop and is never sent.</source>
            <translation>‏[‮Å þŕáçţîçé ŕéçöŕð: îţ šţáýš öñ ţĥîš ļáþţöþ áñð îš ñéṽéŕ šéñţ.‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Central did not accept it. It is kept safe on this laptop; tell IT.</source>
            <translation>‏[‮Çéñţŕáļ ðîð ñöţ áççéþţ îţ. Îţ îš ķéþţ šáƒé öñ ţĥîš ļáþţöþ; ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Will try again at %s.</source>
            <translation>‏[‮Ŵîļļ ţŕý áĝáîñ áţ‬ %s‮.‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Will try again.</source>
            <translation>‏[‮Ŵîļļ ţŕý áĝáîñ.‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Will be sent at the next sync.</source>
            <translation>‏[‮Ŵîļļ ƀé šéñţ áţ ţĥé ñéẋţ šýñç.‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Will be sent once this laptop is connected to central.</source>
            <translation>‏[‮Ŵîļļ ƀé šéñţ öñçé ţĥîš ļáþţöþ îš çöññéçţéð ţö çéñţŕáļ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Received by central %s.</source>
            <translation>‏[‮Ŕéçéîṽéð ƀý çéñţŕáļ‬ %s‮.‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Sent; removed from this laptop on %s.</source>
            <translation>‏[‮Šéñţ; ŕéɱöṽéð ƒŕöɱ ţĥîš ļáþţöþ öñ‬ %s‮.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Sent on %s; since removed from this laptop.</source>
            <translation>‏[‮Šéñţ öñ‬ %s‮; šîñçé ŕéɱöṽéð ƒŕöɱ ţĥîš ļáþţöþ.‬ ‮····· ····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>PageJumps</name>
        <message>
            <source>On this page:</source>
            <translation>‏[‮Öñ ţĥîš þáĝé:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Consent now</source>
            <translation>‏[‮Çöñšéñţ ñöŵ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Scroll to the family's consent now, agency by agency</source>
            <translation>‏[‮Šçŕöļļ ţö ţĥé ƒáɱîļý'š çöñšéñţ ñöŵ, áĝéñçý ƀý áĝéñçý‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Scroll to every signed consent form and withdrawal</source>
            <translation>‏[‮Šçŕöļļ ţö éṽéŕý šîĝñéð çöñšéñţ ƒöŕɱ áñð ŵîţĥðŕáŵáļ‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Scroll to every share of the family's information, and record one</source>
            <translation>‏[‮Šçŕöļļ ţö éṽéŕý šĥáŕé öƒ ţĥé ƒáɱîļý'š îñƒöŕɱáţîöñ, áñð ŕéçöŕð öñé‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>‏[‮1 ŕéçöŕð‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%1 records</source>
            <translation>‏[%1 ‮ŕéçöŕðš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>History (%1)</source>
            <translation>‏[‮Ĥîšţöŕý (‬%1‮)‬ ‮····‬]</translation>
        </message>
        <message>
            <source>1 share</source>
            <translation>‏[‮1 šĥáŕé‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%1 shares</source>
            <translation>‏[%1 ‮šĥáŕéš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%1, %2 without consent</source>
            <translation>‏[%1‮,‬ %2 ‮ŵîţĥöûţ çöñšéñţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Sharing register (%1)</source>
            <translation>‏[‮Šĥáŕîñĝ ŕéĝîšţéŕ (‬%1‮)‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>‏[‮Ĝö ţö‬ %1 ‮···‬]</translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <source>Page %d of %d</source>
            <translation>‏[‮Þáĝé‬ %d ‮öƒ‬ %d ‮····‬]</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Very weak</source>
            <translation>‏[‮Ṽéŕý ŵéáķ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>‏[‮Ŵéáķ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>‏[‮Ƒáîŕ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>‏[‮Šţŕöñĝ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>‏[‮Ṽéŕý šţŕöñĝ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Use at least %1 characters — three or four random words work well.</source>
            <translation>‏[‮Ûšé áţ ļéášţ‬ %1 ‮çĥáŕáçţéŕš — ţĥŕéé öŕ ƒöûŕ ŕáñðöɱ ŵöŕðš ŵöŕķ ŵéļļ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Use no more than %1 characters.</source>
            <translation>‏[‮Ûšé ñö ɱöŕé ţĥáñ‬ %1 ‮çĥáŕáçţéŕš.‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>This is a common password, word or name that people try first, even with numbers or symbols added. Choose something else — three or four random words work well.</source>
            <translation>‏[‮Ţĥîš îš á çöɱɱöñ þáššŵöŕð, ŵöŕð öŕ ñáɱé ţĥáţ þéöþļé ţŕý ƒîŕšţ, éṽéñ ŵîţĥ ñûɱƀéŕš öŕ šýɱƀöļš áððéð. Çĥööšé šöɱéţĥîñĝ éļšé — ţĥŕéé öŕ ƒöûŕ ŕáñðöɱ ŵöŕðš ŵöŕķ ŵéļļ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Avoid repeating the same letter or word over and over.</source>
            <translation>‏[‮Åṽöîð ŕéþéáţîñĝ ţĥé šáɱé ļéţţéŕ öŕ ŵöŕð öṽéŕ áñð öṽéŕ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Avoid keyboard patterns and runs such as “qwerty” or “12345”.</source>
            <translation>‏[‮Åṽöîð ķéýƀöáŕð þáţţéŕñš áñð ŕûñš šûçĥ áš “ǫŵéŕţý” öŕ “12345”.‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Avoid your own name or words to do with your work.</source>
            <translation>‏[‮Åṽöîð ýöûŕ öŵñ ñáɱé öŕ ŵöŕðš ţö ðö ŵîţĥ ýöûŕ ŵöŕķ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>This would be too easy to guess. Add another word or two — unusual words are best.</source>
            <translation>‏[‮Ţĥîš ŵöûļð ƀé ţöö éášý ţö ĝûéšš. Åðð áñöţĥéŕ ŵöŕð öŕ ţŵö — ûñûšûáļ ŵöŕðš áŕé ƀéšţ.‬ ‮····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Use at least %1 characters. Three or four random words work well, for example “kettle orbit maple drum”. Common passwords, your own name and keyboard patterns such as “qwerty” are not allowed.</source>
            <translation>‏[‮Ûšé áţ ļéášţ‬ %1 ‮çĥáŕáçţéŕš. Ţĥŕéé öŕ ƒöûŕ ŕáñðöɱ ŵöŕðš ŵöŕķ ŵéļļ, ƒöŕ éẋáɱþļé “ķéţţļé öŕƀîţ ɱáþļé ðŕûɱ”. Çöɱɱöñ þáššŵöŕðš, ýöûŕ öŵñ ñáɱé áñð ķéýƀöáŕð þáţţéŕñš šûçĥ áš “ǫŵéŕţý” áŕé ñöţ áļļöŵéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Too many wrong passphrases in a row.</source>
            <translation>‏[‮Ţöö ɱáñý ŵŕöñĝ þáššþĥŕášéš îñ á ŕöŵ.‬ ‮····· ····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>PassphraseChange</name>
        <message>
            <source>Too many wrong passphrases in a row.</source>
            <translation>‏[‮Ţöö ɱáñý ŵŕöñĝ þáššþĥŕášéš îñ á ŕöŵ.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>That is not your current passphrase. Please check it and try again.</source>
            <translation>‏[‮Ţĥáţ îš ñöţ ýöûŕ çûŕŕéñţ þáššþĥŕášé. Þļéášé çĥéçķ îţ áñð ţŕý áĝáîñ.‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Something went wrong while changing the passphrase.</source>
            <translation>‏[‮Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ ŵĥîļé çĥáñĝîñĝ ţĥé þáššþĥŕášé.‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Your passphrase has been changed. Use the new one next time you unlock.</source>
            <translation>‏[‮Ýöûŕ þáššþĥŕášé ĥáš ƀééñ çĥáñĝéð. Ûšé ţĥé ñéŵ öñé ñéẋţ ţîɱé ýöû ûñļöçķ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Type it to unlock.</source>
            <translation>‏[‮Ţýþé îţ ţö ûñļöçķ.‬ ‮····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Passphrase rules</source>
            <translation>‏[‮Þáššþĥŕášé ŕûļéš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Problem with the current passphrase</source>
            <translation>‏[‮Þŕöƀļéɱ ŵîţĥ ţĥé çûŕŕéñţ þáššþĥŕášé‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>‏[‮Çûŕŕéñţ þáššþĥŕášé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The passphrase you unlock the app with now</source>
            <translation>‏[‮Ţĥé þáššþĥŕášé ýöû ûñļöçķ ţĥé áþþ ŵîţĥ ñöŵ‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>‏[‮Ç&amp;uŕŕéñţ þáššþĥŕášé:‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>‏[‮Ñéŵ þáššþĥŕášé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The new passphrase: the rules above say what it needs</source>
            <translation>‏[‮Ţĥé ñéŵ þáššþĥŕášé: ţĥé ŕûļéš áƀöṽé šáý ŵĥáţ îţ ñééðš‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Type the new passphrase again</source>
            <translation>‏[‮Ţýþé ţĥé ñéŵ þáššþĥŕášé áĝáîñ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>‏[‮Ţýþé ţĥé þáššþĥŕášé áĝáîñ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>The same passphrase again, to be sure it was typed as meant</source>
            <translation>‏[‮Ţĥé šáɱé þáššþĥŕášé áĝáîñ, ţö ƀé šûŕé îţ ŵáš ţýþéð áš ɱéáñţ‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>‏[‮&amp;Páššþĥŕášé:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>&amp;Type it again:</source>
            <translation>‏[‮&amp;Týþé îţ áĝáîñ:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Show what I type</source>
            <translation>‏[‮&amp;Sĥöŵ ŵĥáţ Î ţýþé‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Show what I type</source>
            <translation>‏[‮Šĥöŵ ŵĥáţ Î ţýþé‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Show the passphrases as plain text instead of dots</source>
            <translation>‏[‮Šĥöŵ ţĥé þáššþĥŕášéš áš þļáîñ ţéẋţ îñšţéáð öƒ ðöţš‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>‏[‮Þáššþĥŕášé šţŕéñĝţĥ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>What to change</source>
            <translation>‏[‮Ŵĥáţ ţö çĥáñĝé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Strength: nothing typed yet</source>
            <translation>‏[‮Šţŕéñĝţĥ: ñöţĥîñĝ ţýþéð ýéţ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>‏[‮áļļöŵéð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>not allowed yet</source>
            <translation>‏[‮ñöţ áļļöŵéð ýéţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Strength: %1 (%2)</source>
            <translation>‏[‮Šţŕéñĝţĥ:‬ %1 ‮(‬%2‮)‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>‏[‮Ţĥé ñéŵ þáššþĥŕášé îš ţĥé šáɱé áš ţĥé çûŕŕéñţ öñé.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>‏[‮Ţĥé ţŵö þáššþĥŕášéš áŕé ñöţ ţĥé šáɱé.‬ ‮····· ····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <source>Yes</source>
            <translation>‏[‮Ýéš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>‏[‮Ñö‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>‏[‮Ñöţ áñšŵéŕéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>‏[‮Ñáɱé:‬ %1 ‮···‬]</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>‏[‮Ðáţé:‬ %1 ‮···‬]</translation>
        </message>
        <message>
            <source>Signed: %1</source>
            <translation>‏[‮Šîĝñéð:‬ %1 ‮····‬]</translation>
        </message>
        <message>
            <source>Typed signature: the signer typed “%1” on the keyboard (no ink).</source>
            <translation>‏[‮Ţýþéð šîĝñáţûŕé: ţĥé šîĝñéŕ ţýþéð “‬%1‮” öñ ţĥé ķéýƀöáŕð (ñö îñķ).‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Ink: %1 points in %2 strokes (%3)</source>
            <translation>‏[‮Îñķ:‬ %1 ‮þöîñţš îñ‬ %2 ‮šţŕöķéš (‬%3‮)‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Received and filed by central</source>
            <translation>‏[‮Ŕéçéîṽéð áñð ƒîļéð ƀý çéñţŕáļ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Central made this PDF from the sealed record after checking its seal against the laptop's enrolled key. The sealed record and central's signed receipt are attached to this PDF, and central signed the PDF: a PDF reader shows who signed it and whether anything has changed since. The laptop's audit log of the visit stays on the laptop; it is not part of the seal.</source>
            <translation>‏[‮Çéñţŕáļ ɱáðé ţĥîš ÞÐƑ ƒŕöɱ ţĥé šéáļéð ŕéçöŕð áƒţéŕ çĥéçķîñĝ îţš šéáļ áĝáîñšţ ţĥé ļáþţöþ'š éñŕöļļéð ķéý. Ţĥé šéáļéð ŕéçöŕð áñð çéñţŕáļ'š šîĝñéð ŕéçéîþţ áŕé áţţáçĥéð ţö ţĥîš ÞÐƑ, áñð çéñţŕáļ šîĝñéð ţĥé ÞÐƑ: á ÞÐƑ ŕéáðéŕ šĥöŵš ŵĥö šîĝñéð îţ áñð ŵĥéţĥéŕ áñýţĥîñĝ ĥáš çĥáñĝéð šîñçé. Ţĥé ļáþţöþ'š áûðîţ ļöĝ öƒ ţĥé ṽîšîţ šţáýš öñ ţĥé ļáþţöþ; îţ îš ñöţ þáŕţ öƒ ţĥé šéáļ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Received at central</source>
            <translation>‏[‮Ŕéçéîṽéð áţ çéñţŕáļ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Central's receipt</source>
            <translation>‏[‮Çéñţŕáļ'š ŕéçéîþţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>‏[‮Åþþŕöṽéð ƀý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Approved at</source>
            <translation>‏[‮Åþþŕöṽéð áţ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>‏[‮Ŵĥáţ ĥáþþéñš ñéẋţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>From the date above CSSW will not share information with, or ask for information from, the agencies listed as withdrawn. Information shared before then is not taken back.</source>
            <translation>‏[‮Ƒŕöɱ ţĥé ðáţé áƀöṽé ÇŠŠŴ ŵîļļ ñöţ šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ, öŕ ášķ ƒöŕ îñƒöŕɱáţîöñ ƒŕöɱ, ţĥé áĝéñçîéš ļîšţéð áš ŵîţĥðŕáŵñ. Îñƒöŕɱáţîöñ šĥáŕéð ƀéƒöŕé ţĥéñ îš ñöţ ţáķéñ ƀáçķ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Where we are worried about a child's safety we may still need to approach some agencies, for example the police, to get the information we need to protect the child.</source>
            <translation>‏[‮Ŵĥéŕé ŵé áŕé ŵöŕŕîéð áƀöûţ á çĥîļð'š šáƒéţý ŵé ɱáý šţîļļ ñééð ţö áþþŕöáçĥ šöɱé áĝéñçîéš, ƒöŕ éẋáɱþļé ţĥé þöļîçé, ţö ĝéţ ţĥé îñƒöŕɱáţîöñ ŵé ñééð ţö þŕöţéçţ ţĥé çĥîļð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>You can change your mind again at any time: tell your social worker.</source>
            <translation>‏[‮Ýöû çáñ çĥáñĝé ýöûŕ ɱîñð áĝáîñ áţ áñý ţîɱé: ţéļļ ýöûŕ šöçîáļ ŵöŕķéŕ.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Please keep this copy: it is the record CSSW keeps of this.</source>
            <translation>‏[‮Þļéášé ķééþ ţĥîš çöþý: îţ îš ţĥé ŕéçöŕð ÇŠŠŴ ķééþš öƒ ţĥîš.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>CSSW will share information with, and ask for information from, only the agencies marked Yes above, and give copies only of the documents marked Yes.</source>
            <translation>‏[‮ÇŠŠŴ ŵîļļ šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ, áñð ášķ ƒöŕ îñƒöŕɱáţîöñ ƒŕöɱ, öñļý ţĥé áĝéñçîéš ɱáŕķéð Ýéš áƀöṽé, áñð ĝîṽé çöþîéš öñļý öƒ ţĥé ðöçûɱéñţš ɱáŕķéð Ýéš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Where we are worried about a child's safety we may still need to approach some agencies, for example the police, to get the information we need to protect your child.</source>
            <translation>‏[‮Ŵĥéŕé ŵé áŕé ŵöŕŕîéð áƀöûţ á çĥîļð'š šáƒéţý ŵé ɱáý šţîļļ ñééð ţö áþþŕöáçĥ šöɱé áĝéñçîéš, ƒöŕ éẋáɱþļé ţĥé þöļîçé, ţö ĝéţ ţĥé îñƒöŕɱáţîöñ ŵé ñééð ţö þŕöţéçţ ýöûŕ çĥîļð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>You have the right to withdraw your consent at any time, for any agency, document or research: tell your social worker.</source>
            <translation>‏[‮Ýöû ĥáṽé ţĥé ŕîĝĥţ ţö ŵîţĥðŕáŵ ýöûŕ çöñšéñţ áţ áñý ţîɱé, ƒöŕ áñý áĝéñçý, ðöçûɱéñţ öŕ ŕéšéáŕçĥ: ţéļļ ýöûŕ šöçîáļ ŵöŕķéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>You can ask to see your case records under the Data Protection Act 2018.</source>
            <translation>‏[‮Ýöû çáñ ášķ ţö šéé ýöûŕ çášé ŕéçöŕðš ûñðéŕ ţĥé Ðáţá Þŕöţéçţîöñ Åçţ 2018.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Please keep this copy: it is the form you signed.</source>
            <translation>‏[‮Þļéášé ķééþ ţĥîš çöþý: îţ îš ţĥé ƒöŕɱ ýöû šîĝñéð.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>‏[‮Þáĝé‬ %1 ‮öƒ‬ %2 ‮····‬]</translation>
        </message>
        <message>
            <source>Share record %1</source>
            <translation>‏[‮Šĥáŕé ŕéçöŕð‬ %1 ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Withdrawal %1 · version %2</source>
            <translation>‏[‮Ŵîţĥðŕáŵáļ‬ %1 ‮· ṽéŕšîöñ‬ %2 ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Withdrawal %1</source>
            <translation>‏[‮Ŵîţĥðŕáŵáļ‬ %1 ‮·····‬]</translation>
        </message>
        <message>
            <source>Consent record %1 · version %2</source>
            <translation>‏[‮Çöñšéñţ ŕéçöŕð‬ %1 ‮· ṽéŕšîöñ‬ %2 ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Consent record %1</source>
            <translation>‏[‮Çöñšéñţ ŕéçöŕð‬ %1 ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Check code: %1 (the council can match this copy to its record)</source>
            <translation>‏[‮Çĥéçķ çöðé:‬ %1 ‮(ţĥé çöûñçîļ çáñ ɱáţçĥ ţĥîš çöþý ţö îţš ŕéçöŕð)‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Check code: %1 (the start of the seal: see “Verifying this record”)</source>
            <translation>‏[‮Çĥéçķ çöðé:‬ %1 ‮(ţĥé šţáŕţ öƒ ţĥé šéáļ: šéé “Ṽéŕîƒýîñĝ ţĥîš ŕéçöŕð”)‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Consent to information sharing</source>
            <translation>‏[‮Çöñšéñţ ţö îñƒöŕɱáţîöñ šĥáŕîñĝ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Withdrawal of consent</source>
            <translation>‏[‮Ŵîţĥðŕáŵáļ öƒ çöñšéñţ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>CSSW may share information with:</source>
            <translation>‏[‮ÇŠŠŴ ɱáý šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ:‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Please tick the relevant box to indicate your consent to CSSW sharing information with the following agencies:</source>
            <translation>‏[‮Þļéášé ţîçķ ţĥé ŕéļéṽáñţ ƀöẋ ţö îñðîçáţé ýöûŕ çöñšéñţ ţö ÇŠŠŴ šĥáŕîñĝ îñƒöŕɱáţîöñ ŵîţĥ ţĥé ƒöļļöŵîñĝ áĝéñçîéš:‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>CSSW may approach for information:</source>
            <translation>‏[‮ÇŠŠŴ ɱáý áþþŕöáçĥ ƒöŕ îñƒöŕɱáţîöñ:‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>I also consent to CSSW approaching the following agencies for information:</source>
            <translation>‏[‮Î áļšö çöñšéñţ ţö ÇŠŠŴ áþþŕöáçĥîñĝ ţĥé ƒöļļöŵîñĝ áĝéñçîéš ƒöŕ îñƒöŕɱáţîöñ:‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Please note that where we have concerns about your child's safety we may need to approach some agencies, for example the police, in order to get the information we need to protect your child.</source>
            <translation>‏[‮Þļéášé ñöţé ţĥáţ ŵĥéŕé ŵé ĥáṽé çöñçéŕñš áƀöûţ ýöûŕ çĥîļð'š šáƒéţý ŵé ɱáý ñééð ţö áþþŕöáçĥ šöɱé áĝéñçîéš, ƒöŕ éẋáɱþļé ţĥé þöļîçé, îñ öŕðéŕ ţö ĝéţ ţĥé îñƒöŕɱáţîöñ ŵé ñééð ţö þŕöţéçţ ýöûŕ çĥîļð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The following information has been explained to me:</source>
            <translation>‏[‮Ţĥé ƒöļļöŵîñĝ îñƒöŕɱáţîöñ ĥáš ƀééñ éẋþļáîñéð ţö ɱé:‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>I give consent for CSSW to provide copies of the following documents to other agencies:</source>
            <translation>‏[‮Î ĝîṽé çöñšéñţ ƒöŕ ÇŠŠŴ ţö þŕöṽîðé çöþîéš öƒ ţĥé ƒöļļöŵîñĝ ðöçûɱéñţš ţö öţĥéŕ áĝéñçîéš:‬ ‮····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Your information, your rights</source>
            <translation>‏[‮Ýöûŕ îñƒöŕɱáţîöñ, ýöûŕ ŕîĝĥţš‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Electronic record taken on a home visit; it replaces the paper form. Sealed %1.</source>
            <translation>‏[‮Éļéçţŕöñîç ŕéçöŕð ţáķéñ öñ á ĥöɱé ṽîšîţ; îţ ŕéþļáçéš ţĥé þáþéŕ ƒöŕɱ. Šéáļéð‬ %1‮.‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Name of family:</source>
            <translation>‏[‮Ñáɱé öƒ ƒáɱîļý:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Case reference:</source>
            <translation>‏[‮Çášé ŕéƒéŕéñçé:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Children's details:</source>
            <translation>‏[‮Çĥîļðŕéñ'š ðéţáîļš:‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>‏[‮Ñáɱé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>‏[‮Ĝéñðéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>‏[‮Ðáţé öƒ ƀîŕţĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>‏[‮Åððŕéšš:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Name of person giving consent:</source>
            <translation>‏[‮Ñáɱé öƒ þéŕšöñ ĝîṽîñĝ çöñšéñţ:‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Relationship to child/ren:</source>
            <translation>‏[‮Ŕéļáţîöñšĥîþ ţö çĥîļð/ŕéñ:‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Parental consent:</source>
            <translation>‏[‮Þáŕéñţáļ çöñšéñţ:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>‏[%1‮:‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>‏[‮Ŕéšéáŕçĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Research consent:</source>
            <translation>‏[‮Ŕéšéáŕçĥ çöñšéñţ:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>anonymised information only</source>
            <translation>‏[‮áñöñýɱîšéð îñƒöŕɱáţîöñ öñļý‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>How the form was taken</source>
            <translation>‏[‮Ĥöŵ ţĥé ƒöŕɱ ŵáš ţáķéñ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Yes – language: %1</source>
            <translation>‏[‮Ýéš – ļáñĝûáĝé:‬ %1 ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Interpreter used:</source>
            <translation>‏[‮Îñţéŕþŕéţéŕ ûšéð:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Language of the visit:</source>
            <translation>‏[‮Ļáñĝûáĝé öƒ ţĥé ṽîšîţ:‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Leaflet shown:</source>
            <translation>‏[‮Ļéáƒļéţ šĥöŵñ:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%1 – version %2</source>
            <translation>‏[%1 ‮– ṽéŕšîöñ‬ %2 ‮·····‬]</translation>
        </message>
        <message>
            <source>Leaflet sections viewed:</source>
            <translation>‏[‮Ļéáƒļéţ šéçţîöñš ṽîéŵéð:‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>‏[%1‮,‬ %2 ‮··‬]</translation>
        </message>
        <message>
            <source>%1, %2 to %3</source>
            <translation>‏[%1‮,‬ %2 ‮ţö‬ %3 ‮···‬]</translation>
        </message>
        <message>
            <source>Visit:</source>
            <translation>‏[‮Ṽîšîţ:‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Social worker:</source>
            <translation>‏[‮Šöçîáļ ŵöŕķéŕ:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Summary confirmed by signer:</source>
            <translation>‏[‮Šûɱɱáŕý çöñƒîŕɱéð ƀý šîĝñéŕ:‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Confirmed by %1:</source>
            <translation>‏[‮Çöñƒîŕɱéð ƀý‬ %1‮:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>young person</source>
            <translation>‏[‮ýöûñĝ þéŕšöñ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Young person's consent:</source>
            <translation>‏[‮Ýöûñĝ þéŕšöñ'š çöñšéñţ:‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>%1, aged %2: not sought. Reason recorded: %3</source>
            <translation>‏[%1‮, áĝéð‬ %2‮: ñöţ šöûĝĥţ. Ŕéášöñ ŕéçöŕðéð:‬ %3 ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>– %1, aged %2</source>
            <translation>‏[‮–‬ %1‮, áĝéð‬ %2 ‮····‬]</translation>
        </message>
        <message>
            <source>Not applicable: no child covered is aged 13 or over on the visit date.</source>
            <translation>‏[‮Ñöţ áþþļîçáƀļé: ñö çĥîļð çöṽéŕéð îš áĝéð 13 öŕ öṽéŕ öñ ţĥé ṽîšîţ ðáţé.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>‏[‮ñöţ ŕéçöŕðéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>explained %1</source>
            <translation>‏[‮éẋþļáîñéð‬ %1 ‮····‬]</translation>
        </message>
        <message>
            <source>Signature of person giving consent</source>
            <translation>‏[‮Šîĝñáţûŕé öƒ þéŕšöñ ĝîṽîñĝ çöñšéñţ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Signature of young person: %1</source>
            <translation>‏[‮Šîĝñáţûŕé öƒ ýöûñĝ þéŕšöñ:‬ %1 ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Signature of young person</source>
            <translation>‏[‮Šîĝñáţûŕé öƒ ýöûñĝ þéŕšöñ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Signature of family member</source>
            <translation>‏[‮Šîĝñáţûŕé öƒ ƒáɱîļý ɱéɱƀéŕ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>‏[‮Šîĝñáţûŕéš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>No signature was recorded.</source>
            <translation>‏[‮Ñö šîĝñáţûŕé ŵáš ŕéçöŕðéð.‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The family withdrew consent for the agencies below. Earlier signed records are not changed: this withdrawal applies on top of them. Sealed %1.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŵîţĥðŕéŵ çöñšéñţ ƒöŕ ţĥé áĝéñçîéš ƀéļöŵ. Éáŕļîéŕ šîĝñéð ŕéçöŕðš áŕé ñöţ çĥáñĝéð: ţĥîš ŵîţĥðŕáŵáļ áþþļîéš öñ ţöþ öƒ ţĥéɱ. Šéáļéð‬ %1‮.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The consent below was withdrawn. Earlier signed records are not changed: this withdrawal applies on top of them. Sealed %1.</source>
            <translation>‏[‮Ţĥé çöñšéñţ ƀéļöŵ ŵáš ŵîţĥðŕáŵñ. Éáŕļîéŕ šîĝñéð ŕéçöŕðš áŕé ñöţ çĥáñĝéð: ţĥîš ŵîţĥðŕáŵáļ áþþļîéš öñ ţöþ öƒ ţĥéɱ. Šéáļéð‬ %1‮.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Withdrawn by:</source>
            <translation>‏[‮Ŵîţĥðŕáŵñ ƀý:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%1, a young person, for their own consent only</source>
            <translation>‏[%1‮, á ýöûñĝ þéŕšöñ, ƒöŕ ţĥéîŕ öŵñ çöñšéñţ öñļý‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>CSSW may no longer share information with:</source>
            <translation>‏[‮ÇŠŠŴ ɱáý ñö ļöñĝéŕ šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ:‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>CSSW may no longer approach for information:</source>
            <translation>‏[‮ÇŠŠŴ ɱáý ñö ļöñĝéŕ áþþŕöáçĥ ƒöŕ îñƒöŕɱáţîöñ:‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>CSSW may no longer send copies of these documents:</source>
            <translation>‏[‮ÇŠŠŴ ɱáý ñö ļöñĝéŕ šéñð çöþîéš öƒ ţĥéšé ðöçûɱéñţš:‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>No change.</source>
            <translation>‏[‮Ñö çĥáñĝé.‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Anonymised information for research:</source>
            <translation>‏[‮Åñöñýɱîšéð îñƒöŕɱáţîöñ ƒöŕ ŕéšéáŕçĥ:‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Withdrawn: CSSW may no longer use it for research.</source>
            <translation>‏[‮Ŵîţĥðŕáŵñ: ÇŠŠŴ ɱáý ñö ļöñĝéŕ ûšé îţ ƒöŕ ŕéšéáŕçĥ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>‏[‮Ðéţáîļš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Date withdrawn:</source>
            <translation>‏[‮Ðáţé ŵîţĥðŕáŵñ:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>How the family told CSSW:</source>
            <translation>‏[‮Ĥöŵ ţĥé ƒáɱîļý ţöļð ÇŠŠŴ:‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Reason given:</source>
            <translation>‏[‮Ŕéášöñ ĝîṽéñ:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>‏[‮Ñö ŕéášöñ ĝîṽéñ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Worker attestation:</source>
            <translation>‏[‮Ŵöŕķéŕ áţţéšţáţîöñ:‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>I confirm the family told me this themselves.</source>
            <translation>‏[‮Î çöñƒîŕɱ ţĥé ƒáɱîļý ţöļð ɱé ţĥîš ţĥéɱšéļṽéš.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Not confirmed.</source>
            <translation>‏[‮Ñöţ çöñƒîŕɱéð.‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Recorded by:</source>
            <translation>‏[‮Ŕéçöŕðéð ƀý:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>‏[‮Šîĝñáţûŕé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Not signed by the family (told by: %1).</source>
            <translation>‏[‮Ñöţ šîĝñéð ƀý ţĥé ƒáɱîļý (ţöļð ƀý:‬ %1‮).‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Record of information shared</source>
            <translation>‏[‮Ŕéçöŕð öƒ îñƒöŕɱáţîöñ šĥáŕéð‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>CSSW shared information about this family without the family's consent, for the reason below. Sealed %1.</source>
            <translation>‏[‮ÇŠŠŴ šĥáŕéð îñƒöŕɱáţîöñ áƀöûţ ţĥîš ƒáɱîļý ŵîţĥöûţ ţĥé ƒáɱîļý'š çöñšéñţ, ƒöŕ ţĥé ŕéášöñ ƀéļöŵ. Šéáļéð‬ %1‮.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>CSSW shared information about this family with the family's consent. Sealed %1.</source>
            <translation>‏[‮ÇŠŠŴ šĥáŕéð îñƒöŕɱáţîöñ áƀöûţ ţĥîš ƒáɱîļý ŵîţĥ ţĥé ƒáɱîļý'š çöñšéñţ. Šéáļéð‬ %1‮.‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Children it was about:</source>
            <translation>‏[‮Çĥîļðŕéñ îţ ŵáš áƀöûţ:‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>The family as a whole</source>
            <translation>‏[‮Ţĥé ƒáɱîļý áš á ŵĥöļé‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>What was shared</source>
            <translation>‏[‮Ŵĥáţ ŵáš šĥáŕéð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Shared with:</source>
            <translation>‏[‮Šĥáŕéð ŵîţĥ:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Details:</source>
            <translation>‏[‮Ðéţáîļš:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>‏[‮Ĥöŵ:‬ ‮··‬]</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>‏[‮Ŵĥéñ:‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Why it was shared</source>
            <translation>‏[‮Ŵĥý îţ ŵáš šĥáŕéð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translation>‏[‮Ɓášîš:‬ ‮···‬]</translation>
        </message>
        <message>
            <source>With consent: the family agreed on their signed form.</source>
            <translation>‏[‮Ŵîţĥ çöñšéñţ: ţĥé ƒáɱîļý áĝŕééð öñ ţĥéîŕ šîĝñéð ƒöŕɱ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Decided by:</source>
            <translation>‏[‮Ðéçîðéð ƀý:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Telling the family</source>
            <translation>‏[‮Ţéļļîñĝ ţĥé ƒáɱîļý‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The family was told:</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŵáš ţöļð:‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>%1, by %2</source>
            <translation>‏[%1‮, ƀý‬ %2 ‮··‬]</translation>
        </message>
        <message>
            <source>The family was not told, because:</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŵáš ñöţ ţöļð, ƀéçáûšé:‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>To be reconsidered by:</source>
            <translation>‏[‮Ţö ƀé ŕéçöñšîðéŕéð ƀý:‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Basis: without consent, because:</source>
            <translation>‏[‮Ɓášîš: ŵîţĥöûţ çöñšéñţ, ƀéçáûšé:‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Law or court order:</source>
            <translation>‏[‮Ļáŵ öŕ çöûŕţ öŕðéŕ:‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Consent was asked for:</source>
            <translation>‏[‮Çöñšéñţ ŵáš ášķéð ƒöŕ:‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Yes, and not given.</source>
            <translation>‏[‮Ýéš, áñð ñöţ ĝîṽéñ.‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Consent was not asked for, because:</source>
            <translation>‏[‮Çöñšéñţ ŵáš ñöţ ášķéð ƒöŕ, ƀéçáûšé:‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Authorised by:</source>
            <translation>‏[‮Åûţĥöŕîšéð ƀý:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%1 (%2), %3</source>
            <translation>‏[%1 ‮(‬%2‮),‬ %3 ‮··‬]</translation>
        </message>
        <message>
            <source>How this withdrawal was recorded</source>
            <translation>‏[‮Ĥöŵ ţĥîš ŵîţĥðŕáŵáļ ŵáš ŕéçöŕðéð‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>How this share was recorded</source>
            <translation>‏[‮Ĥöŵ ţĥîš šĥáŕé ŵáš ŕéçöŕðéð‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>What happened during the visit</source>
            <translation>‏[‮Ŵĥáţ ĥáþþéñéð ðûŕîñĝ ţĥé ṽîšîţ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Times are taken from the sealed record. The laptop's step-by-step audit log stays on the laptop; it is not part of the seal.</source>
            <translation>‏[‮Ţîɱéš áŕé ţáķéñ ƒŕöɱ ţĥé šéáļéð ŕéçöŕð. Ţĥé ļáþţöþ'š šţéþ-ƀý-šţéþ áûðîţ ļöĝ šţáýš öñ ţĥé ļáþţöþ; îţ îš ñöţ þáŕţ öƒ ţĥé šéáļ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Times are taken from the sealed record and from the laptop's audit log, which cannot be changed without it showing. The log holds no names or other personal details.</source>
            <translation>‏[‮Ţîɱéš áŕé ţáķéñ ƒŕöɱ ţĥé šéáļéð ŕéçöŕð áñð ƒŕöɱ ţĥé ļáþţöþ'š áûðîţ ļöĝ, ŵĥîçĥ çáññöţ ƀé çĥáñĝéð ŵîţĥöûţ îţ šĥöŵîñĝ. Ţĥé ļöĝ ĥöļðš ñö ñáɱéš öŕ öţĥéŕ þéŕšöñáļ ðéţáîļš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>‏[‮Ŵĥéñ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>‏[‮Ŵĥáţ ĥáþþéñéð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Nothing was recorded</source>
            <translation>‏[‮Ñöţĥîñĝ ŵáš ŕéçöŕðéð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>another way</source>
            <translation>‏[‮áñöţĥéŕ ŵáý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>The family withdrew consent (told CSSW by: %1)</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŵîţĥðŕéŵ çöñšéñţ (ţöļð ÇŠŠŴ ƀý:‬ %1‮)‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>A manager authorised sharing</source>
            <translation>‏[‮Å ɱáñáĝéŕ áûţĥöŕîšéð šĥáŕîñĝ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The information was shared</source>
            <translation>‏[‮Ţĥé îñƒöŕɱáţîöñ ŵáš šĥáŕéð‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The family was told</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŵáš ţöļð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The visit started</source>
            <translation>‏[‮Ţĥé ṽîšîţ šţáŕţéð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Leaflet section shown: “%1”</source>
            <translation>‏[‮Ļéáƒļéţ šéçţîöñ šĥöŵñ: “‬%1‮”‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Explained and ticked: %1</source>
            <translation>‏[‮Éẋþļáîñéð áñð ţîçķéð:‬ %1 ‮····· ····‬]</translation>
        </message>
        <message>
            <source>The person giving consent checked their answers and confirmed them</source>
            <translation>‏[‮Ţĥé þéŕšöñ ĝîṽîñĝ çöñšéñţ çĥéçķéð ţĥéîŕ áñšŵéŕš áñð çöñƒîŕɱéð ţĥéɱ‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>A young person</source>
            <translation>‏[‮Å ýöûñĝ þéŕšöñ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%1 checked their own answers and confirmed them</source>
            <translation>‏[%1 ‮çĥéçķéð ţĥéîŕ öŵñ áñšŵéŕš áñð çöñƒîŕɱéð ţĥéɱ‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Signed by %1</source>
            <translation>‏[‮Šîĝñéð ƀý‬ %1 ‮····‬]</translation>
        </message>
        <message>
            <source>The visit ended</source>
            <translation>‏[‮Ţĥé ṽîšîţ éñðéð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The record was sealed: from now on it cannot be changed</source>
            <translation>‏[‮Ţĥé ŕéçöŕð ŵáš šéáļéð: ƒŕöɱ ñöŵ öñ îţ çáññöţ ƀé çĥáñĝéð‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The record was opened on the laptop</source>
            <translation>‏[‮Ţĥé ŕéçöŕð ŵáš öþéñéð öñ ţĥé ļáþţöþ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>A copy of the record was saved as a PDF</source>
            <translation>‏[‮Å çöþý öƒ ţĥé ŕéçöŕð ŵáš šáṽéð áš á ÞÐƑ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>A copy for the family was printed</source>
            <translation>‏[‮Å çöþý ƒöŕ ţĥé ƒáɱîļý ŵáš þŕîñţéð‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>A copy for the family was saved as a PDF</source>
            <translation>‏[‮Å çöþý ƒöŕ ţĥé ƒáɱîļý ŵáš šáṽéð áš á ÞÐƑ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The record was queued to be sent to central</source>
            <translation>‏[‮Ţĥé ŕéçöŕð ŵáš ǫûéûéð ţö ƀé šéñţ ţö çéñţŕáļ‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Central confirmed it had received the record</source>
            <translation>‏[‮Çéñţŕáļ çöñƒîŕɱéð îţ ĥáð ŕéçéîṽéð ţĥé ŕéçöŕð‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The visit so far was saved on the laptop</source>
            <translation>‏[‮Ţĥé ṽîšîţ šö ƒáŕ ŵáš šáṽéð öñ ţĥé ļáþţöþ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Another action was noted in the laptop's audit log</source>
            <translation>‏[‮Åñöţĥéŕ áçţîöñ ŵáš ñöţéð îñ ţĥé ļáþţöþ'š áûðîţ ļöĝ‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Step %1 of %2 completed: %3</source>
            <translation>‏[‮Šţéþ‬ %1 ‮öƒ‬ %2 ‮çöɱþļéţéð:‬ %3 ‮····· ····‬]</translation>
        </message>
        <message>
            <source>The visit moved to another step</source>
            <translation>‏[‮Ţĥé ṽîšîţ ɱöṽéð ţö áñöţĥéŕ šţéþ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Went back to step %1 of %2: %3</source>
            <translation>‏[‮Ŵéñţ ƀáçķ ţö šţéþ‬ %1 ‮öƒ‬ %2‮:‬ %3 ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>The visit was resumed at step %1 of %2: %3</source>
            <translation>‏[‮Ţĥé ṽîšîţ ŵáš ŕéšûɱéð áţ šţéþ‬ %1 ‮öƒ‬ %2‮:‬ %3 ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The visit began at step %1 of %2: %3</source>
            <translation>‏[‮Ţĥé ṽîšîţ ƀéĝáñ áţ šţéþ‬ %1 ‮öƒ‬ %2‮:‬ %3 ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Step %1 of %2 reached: %3</source>
            <translation>‏[‮Šţéþ‬ %1 ‮öƒ‬ %2 ‮ŕéáçĥéð:‬ %3 ‮····· ···‬]</translation>
        </message>
        <message>
            <source>TRAINING — not a real record</source>
            <translation>‏[‮ŢŔÅÎÑÎÑĜ — ñöţ á ŕéáļ ŕéçöŕð‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>TRAINING</source>
            <comment>the word across a training record's pages</comment>
            <translation>‏[‮ŢŔÅÎÑÎÑĜ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Verifying this record: the seal</source>
            <translation>‏[‮Ṽéŕîƒýîñĝ ţĥîš ŕéçöŕð: ţĥé šéáļ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This page is for checking that the record has not been changed since it was sealed; the family does not need it. When the record was sealed, its content (in canonical JSON) was hashed with SHA-256 and the hash signed with the laptop's own Ed25519 key. Anyone holding the sealed record can check it against these values (for example with the CSSW app's “verify” command): any change to the record makes the check fail. The check code at the foot of every page is the start of the content hash below.</source>
            <translation>‏[‮Ţĥîš þáĝé îš ƒöŕ çĥéçķîñĝ ţĥáţ ţĥé ŕéçöŕð ĥáš ñöţ ƀééñ çĥáñĝéð šîñçé îţ ŵáš šéáļéð; ţĥé ƒáɱîļý ðöéš ñöţ ñééð îţ. Ŵĥéñ ţĥé ŕéçöŕð ŵáš šéáļéð, îţš çöñţéñţ (îñ çáñöñîçáļ ĴŠÖÑ) ŵáš ĥášĥéð ŵîţĥ ŠĤÅ-256 áñð ţĥé ĥášĥ šîĝñéð ŵîţĥ ţĥé ļáþţöþ'š öŵñ Éð25519 ķéý. Åñýöñé ĥöļðîñĝ ţĥé šéáļéð ŕéçöŕð çáñ çĥéçķ îţ áĝáîñšţ ţĥéšé ṽáļûéš (ƒöŕ éẋáɱþļé ŵîţĥ ţĥé ÇŠŠŴ áþþ'š “ṽéŕîƒý” çöɱɱáñð): áñý çĥáñĝé ţö ţĥé ŕéçöŕð ɱáķéš ţĥé çĥéçķ ƒáîļ. Ţĥé çĥéçķ çöðé áţ ţĥé ƒööţ öƒ éṽéŕý þáĝé îš ţĥé šţáŕţ öƒ ţĥé çöñţéñţ ĥášĥ ƀéļöŵ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>‏[‮Ŕéçöŕð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>‏[‮Ṽéŕšîöñ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Content hash (SHA-256)</source>
            <translation>‏[‮Çöñţéñţ ĥášĥ (ŠĤÅ-256)‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Signature (Ed25519)</source>
            <translation>‏[‮Šîĝñáţûŕé (Éð25519)‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Device public key</source>
            <translation>‏[‮Ðéṽîçé þûƀļîç ķéý‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>‏[‮Ðéṽîçé‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Sealed at</source>
            <translation>‏[‮Šéáļéð áţ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Record format</source>
            <translation>‏[‮Ŕéçöŕð ƒöŕɱáţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>‏[‮Åþþ ṽéŕšîöñ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Leaflet version</source>
            <translation>‏[‮Ļéáƒļéţ ṽéŕšîöñ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Leaflet hash (SHA-256)</source>
            <translation>‏[‮Ļéáƒļéţ ĥášĥ (ŠĤÅ-256)‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Interpreter's confirmation: I, %1, interpreted the leaflet and the family's choices on this form into %2, and the family's answers are as they gave them.</source>
            <translation>‏[‮Îñţéŕþŕéţéŕ'š çöñƒîŕɱáţîöñ: Î,‬ %1‮, îñţéŕþŕéţéð ţĥé ļéáƒļéţ áñð ţĥé ƒáɱîļý'š çĥöîçéš öñ ţĥîš ƒöŕɱ îñţö‬ %2‮, áñð ţĥé ƒáɱîļý'š áñšŵéŕš áŕé áš ţĥéý ĝáṽé ţĥéɱ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>given by a person with parental responsibility</source>
            <translation>‏[‮ĝîṽéñ ƀý á þéŕšöñ ŵîţĥ þáŕéñţáļ ŕéšþöñšîƀîļîţý‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>given by a young person for themselves</source>
            <translation>‏[‮ĝîṽéñ ƀý á ýöûñĝ þéŕšöñ ƒöŕ ţĥéɱšéļṽéš‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Young people's own consent</source>
            <translation>‏[‮Ýöûñĝ þéöþļé'š öŵñ çöñšéñţ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%1, aged %2</source>
            <translation>‏[%1‮, áĝéð‬ %2 ‮···‬]</translation>
        </message>
        <message>
            <source>%1: own consent not asked</source>
            <translation>‏[%1‮: öŵñ çöñšéñţ ñöţ ášķéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Reason recorded:</source>
            <translation>‏[‮Ŕéášöñ ŕéçöŕðéð:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>%1: no answer recorded</source>
            <translation>‏[%1‮: ñö áñšŵéŕ ŕéçöŕðéð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>%1 – own answer: CSSW may share information with:</source>
            <translation>‏[%1 ‮– öŵñ áñšŵéŕ: ÇŠŠŴ ɱáý šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ:‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%1 – own answer: CSSW may approach for information:</source>
            <translation>‏[%1 ‮– öŵñ áñšŵéŕ: ÇŠŠŴ ɱáý áþþŕöáçĥ ƒöŕ îñƒöŕɱáţîöñ:‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%1 – own answer: copies of documents to other agencies:</source>
            <translation>‏[%1 ‮– öŵñ áñšŵéŕ: çöþîéš öƒ ðöçûɱéñţš ţö öţĥéŕ áĝéñçîéš:‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Interpreter's name:</source>
            <translation>‏[‮Îñţéŕþŕéţéŕ'š ñáɱé:‬ ‮····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>Reauthentication</name>
        <message>
            <source>That is not your passphrase. Please check it and try again.</source>
            <translation>‏[‮Ţĥáţ îš ñöţ ýöûŕ þáššþĥŕášé. Þļéášé çĥéçķ îţ áñð ţŕý áĝáîñ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>RecordPreviewDialog</name>
        <message>
            <source>Signed form</source>
            <translation>‏[‮Šîĝñéð ƒöŕɱ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Record shown</source>
            <translation>‏[‮Ŕéçöŕð šĥöŵñ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>‏[‮Þáĝé ñûɱƀéŕ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>‏[‮Žööɱ &amp;oûţ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Smaller (Ctrl+minus)</source>
            <translation>‏[‮Šɱáļļéŕ (Çţŕļ+ɱîñûš)‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Fit to width</source>
            <translation>‏[‮&amp;Fîţ ţö ŵîðţĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Fit to width (Ctrl+0)</source>
            <translation>‏[‮Ƒîţ ţö ŵîðţĥ (Çţŕļ+0)‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>‏[‮Žööɱ &amp;iñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Larger (Ctrl+plus)</source>
            <translation>‏[‮Ļáŕĝéŕ (Çţŕļ+þļûš)‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>‏[‮Žööɱ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Preparing the pages…</source>
            <translation>‏[‮Þŕéþáŕîñĝ ţĥé þáĝéš…‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>‏[‮Þáĝéš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Pages of the signed form</source>
            <translation>‏[‮Þáĝéš öƒ ţĥé šîĝñéð ƒöŕɱ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>The form as it prints. Page Down and Page Up go to the next and previous page, Home and End to the first and last.</source>
            <translation>‏[‮Ţĥé ƒöŕɱ áš îţ þŕîñţš. Þáĝé Ðöŵñ áñð Þáĝé Ûþ ĝö ţö ţĥé ñéẋţ áñð þŕéṽîöûš þáĝé, Ĥöɱé áñð Éñð ţö ţĥé ƒîŕšţ áñð ļášţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The signed form as text</source>
            <translation>‏[‮Ţĥé šîĝñéð ƒöŕɱ áš ţéẋţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>The same words as the form's pages and its PDF, page by page</source>
            <translation>‏[‮Ţĥé šáɱé ŵöŕðš áš ţĥé ƒöŕɱ'š þáĝéš áñð îţš ÞÐƑ, þáĝé ƀý þáĝé‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Pa&amp;ges</source>
            <translation>‏[‮Þá&amp;géš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>The form's pages as they print (Ctrl+Tab)</source>
            <translation>‏[‮Ţĥé ƒöŕɱ'š þáĝéš áš ţĥéý þŕîñţ (Çţŕļ+Ţáƀ)‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Read as te&amp;xt</source>
            <translation>‏[‮Ŕéáð áš ţé&amp;xţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The form's words as text, page by page, for reading aloud (Ctrl+Tab)</source>
            <translation>‏[‮Ţĥé ƒöŕɱ'š ŵöŕðš áš ţéẋţ, þáĝé ƀý þáĝé, ƒöŕ ŕéáðîñĝ áļöûð (Çţŕļ+Ţáƀ)‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Your passphrase:</source>
            <translation>‏[‮&amp;Yöûŕ þáššþĥŕášé:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Your passphrase</source>
            <translation>‏[‮Ýöûŕ þáššþĥŕášé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Your passphrase, to show it is you before a copy is saved</source>
            <translation>‏[‮Ýöûŕ þáššþĥŕášé, ţö šĥöŵ îţ îš ýöû ƀéƒöŕé á çöþý îš šáṽéð‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>‏[‮&amp;Cöñţîñûé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Check the passphrase, then choose where to save</source>
            <translation>‏[‮Çĥéçķ ţĥé þáššþĥŕášé, ţĥéñ çĥööšé ŵĥéŕé ţö šáṽé‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>‏[‮Ðöñ'ţ šáṽé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Go back without saving a copy</source>
            <translation>‏[‮Ĝö ƀáçķ ŵîţĥöûţ šáṽîñĝ á çöþý‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>‏[‮Þŕöƀļéɱ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>‏[‮Šáṽéð‬ ‮··‬]</translation>
        </message>
        <message>
            <source>&amp;Print for the family…</source>
            <translation>‏[‮&amp;Pŕîñţ ƒöŕ ţĥé ƒáɱîļý…‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Print the signed form for the family to keep, without the council's technical pages</source>
            <translation>‏[‮Þŕîñţ ţĥé šîĝñéð ƒöŕɱ ƒöŕ ţĥé ƒáɱîļý ţö ķééþ, ŵîţĥöûţ ţĥé çöûñçîļ'š ţéçĥñîçáļ þáĝéš‬ ‮····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Save the &amp;family's copy…</source>
            <translation>‏[‮Šáṽé ţĥé &amp;fáɱîļý'š çöþý…‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Save the family's copy of the signed form as a PDF file, without the council's technical pages (it is not encrypted)</source>
            <translation>‏[‮Šáṽé ţĥé ƒáɱîļý'š çöþý öƒ ţĥé šîĝñéð ƒöŕɱ áš á ÞÐƑ ƒîļé, ŵîţĥöûţ ţĥé çöûñçîļ'š ţéçĥñîçáļ þáĝéš (îţ îš ñöţ éñçŕýþţéð)‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>‏[‮&amp;Sáṽé áš ÞÐƑ…‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>‏[‮Çļöšé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Save a copy of the whole form as a PDF file (it is not encrypted)</source>
            <translation>‏[‮Šáṽé á çöþý öƒ ţĥé ŵĥöļé ƒöŕɱ áš á ÞÐƑ ƒîļé (îţ îš ñöţ éñçŕýþţéð)‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Close the form</source>
            <translation>‏[‮Çļöšé ţĥé ƒöŕɱ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Page %d of %d</source>
            <translation>‏[‮Þáĝé‬ %d ‮öƒ‬ %d ‮····‬]</translation>
        </message>
        <message>
            <source>Saving makes a copy of this form that is not encrypted. Type your passphrase to show it is you, then choose where to save it.</source>
            <translation>‏[‮Šáṽîñĝ ɱáķéš á çöþý öƒ ţĥîš ƒöŕɱ ţĥáţ îš ñöţ éñçŕýþţéð. Ţýþé ýöûŕ þáššþĥŕášé ţö šĥöŵ îţ îš ýöû, ţĥéñ çĥööšé ŵĥéŕé ţö šáṽé îţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The family's copy is the signed form without the council's technical pages. Saving it makes a copy that is not encrypted. Type your passphrase to show it is you, then choose where to save it.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý'š çöþý îš ţĥé šîĝñéð ƒöŕɱ ŵîţĥöûţ ţĥé çöûñçîļ'š ţéçĥñîçáļ þáĝéš. Šáṽîñĝ îţ ɱáķéš á çöþý ţĥáţ îš ñöţ éñçŕýþţéð. Ţýþé ýöûŕ þáššþĥŕášé ţö šĥöŵ îţ îš ýöû, ţĥéñ çĥööšé ŵĥéŕé ţö šáṽé îţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The family's copy is the signed form without the council's technical pages. Type your passphrase to show it is you, then choose the printer.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý'š çöþý îš ţĥé šîĝñéð ƒöŕɱ ŵîţĥöûţ ţĥé çöûñçîļ'š ţéçĥñîçáļ þáĝéš. Ţýþé ýöûŕ þáššþĥŕášé ţö šĥöŵ îţ îš ýöû, ţĥéñ çĥööšé ţĥé þŕîñţéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Don't print</source>
            <translation>‏[‮Ðöñ'ţ þŕîñţ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Go back without printing</source>
            <translation>‏[‮Ĝö ƀáçķ ŵîţĥöûţ þŕîñţîñĝ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Save the signed form as PDF</source>
            <translation>‏[‮Šáṽé ţĥé šîĝñéð ƒöŕɱ áš ÞÐƑ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>‏[‮ÞÐƑ ƒîļéš (*.þðƒ)‬ ‮····· ··‬]</translation>
        </message>
        <message numerus="yes">
            <source>The family's copy was sent to the printer (%n pages).</source>
            <translation>
                <numerusform>‏[‮Ţĥé ƒáɱîļý'š çöþý ŵáš šéñţ ţö ţĥé þŕîñţéŕ (‬%n ‮þáĝéš).‬ ‮····· ····· ····· ····· ·‬]</numerusform>
                <numerusform>‏[‮Ţĥé ƒáɱîļý'š çöþý ŵáš šéñţ ţö ţĥé þŕîñţéŕ (‬%n ‮þáĝéš).‬ ‮····· ····· ····· ····· ·‬]</numerusform>
                <numerusform>‏[‮Ţĥé ƒáɱîļý'š çöþý ŵáš šéñţ ţö ţĥé þŕîñţéŕ (‬%n ‮þáĝéš).‬ ‮····· ····· ····· ····· ·‬]</numerusform>
                <numerusform>‏[‮Ţĥé ƒáɱîļý'š çöþý ŵáš šéñţ ţö ţĥé þŕîñţéŕ (‬%n ‮þáĝéš).‬ ‮····· ····· ····· ····· ·‬]</numerusform>
                <numerusform>‏[‮Ţĥé ƒáɱîļý'š çöþý ŵáš šéñţ ţö ţĥé þŕîñţéŕ (‬%n ‮þáĝéš).‬ ‮····· ····· ····· ····· ·‬]</numerusform>
                <numerusform>‏[‮Ţĥé ƒáɱîļý'š çöþý ŵáš šéñţ ţö ţĥé þŕîñţéŕ (‬%n ‮þáĝéš).‬ ‮····· ····· ····· ····· ·‬]</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved as %s. This copy is not encrypted: keep it only where the council allows, and delete it when it is no longer needed.</source>
            <translation>‏[‮Šáṽéð áš‬ %s‮. Ţĥîš çöþý îš ñöţ éñçŕýþţéð: ķééþ îţ öñļý ŵĥéŕé ţĥé çöûñçîļ áļļöŵš, áñð ðéļéţé îţ ŵĥéñ îţ îš ñö ļöñĝéŕ ñééðéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>‏[‮Çĥéçķîñĝ…‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%d%%</source>
            <translation>‏[%d%% ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>RecordViewer</name>
        <message>
            <source>This form could not be shown. Nothing has been changed. Please tell IT support.</source>
            <translation>‏[‮Ţĥîš ƒöŕɱ çöûļð ñöţ ƀé šĥöŵñ. Ñöţĥîñĝ ĥáš ƀééñ çĥáñĝéð. Þļéášé ţéļļ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>withdrawal of consent</source>
            <translation>‏[‮ŵîţĥðŕáŵáļ öƒ çöñšéñţ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>signed consent form</source>
            <translation>‏[‮šîĝñéð çöñšéñţ ƒöŕɱ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>%s, version %d</source>
            <translation>‏[%s‮, ṽéŕšîöñ‬ %d ‮····‬]</translation>
        </message>
        <message>
            <source>%s family — %s</source>
            <translation>‏[%s ‮ƒáɱîļý —‬ %s ‮····‬]</translation>
        </message>
        <message>
            <source>The PDF could not be made. Please tell IT support.</source>
            <translation>‏[‮Ţĥé ÞÐƑ çöûļð ñöţ ƀé ɱáðé. Þļéášé ţéļļ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The PDF could not be saved there (%s). Choose another folder.</source>
            <translation>‏[‮Ţĥé ÞÐƑ çöûļð ñöţ ƀé šáṽéð ţĥéŕé (‬%s‮). Çĥööšé áñöţĥéŕ ƒöļðéŕ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>That is not your passphrase. Please check it and try again.</source>
            <translation>‏[‮Ţĥáţ îš ñöţ ýöûŕ þáššþĥŕášé. Þļéášé çĥéçķ îţ áñð ţŕý áĝáîñ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The form could not be printed. Check the printer and try again.</source>
            <translation>‏[‮Ţĥé ƒöŕɱ çöûļð ñöţ ƀé þŕîñţéð. Çĥéçķ ţĥé þŕîñţéŕ áñð ţŕý áĝáîñ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message>
            <source>earlier</source>
            <translation>‏[‮éáŕļîéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <comment>a time on a day</comment>
            <translation>‏[%1 ‮öñ‬ %2 ‮··‬]</translation>
        </message>
        <message>
            <source>step %1 of %2: %3</source>
            <translation>‏[‮šţéþ‬ %1 ‮öƒ‬ %2‮:‬ %3 ‮·····‬]</translation>
        </message>
        <message>
            <source>Unfinished consent visit</source>
            <translation>‏[‮Ûñƒîñîšĥéð çöñšéñţ ṽîšîţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Resume the visit?</source>
            <translation>‏[‮Ŕéšûɱé ţĥé ṽîšîţ?‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>A consent visit with the %s family is not finished (%s, last saved at %s). Everything recorded so far is kept.</source>
            <translation>‏[‮Å çöñšéñţ ṽîšîţ ŵîţĥ ţĥé‬ %s ‮ƒáɱîļý îš ñöţ ƒîñîšĥéð (‬%s‮, ļášţ šáṽéð áţ‬ %s‮). Éṽéŕýţĥîñĝ ŕéçöŕðéð šö ƒáŕ îš ķéþţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Discard it…</source>
            <translation>‏[‮&amp;Dîšçáŕð îţ…‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Not &amp;now</source>
            <translation>‏[‮Ñöţ &amp;nöŵ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Resume the visit with the %s family</source>
            <translation>‏[‮&amp;Réšûɱé ţĥé ṽîšîţ ŵîţĥ ţĥé‬ %s ‮ƒáɱîļý‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Throw the unfinished visit away (you are asked to be sure first)</source>
            <translation>‏[‮Ţĥŕöŵ ţĥé ûñƒîñîšĥéð ṽîšîţ áŵáý (ýöû áŕé ášķéð ţö ƀé šûŕé ƒîŕšţ)‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Keep the visit for later</source>
            <translation>‏[‮Ķééþ ţĥé ṽîšîţ ƒöŕ ļáţéŕ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Carry on the visit where it stopped</source>
            <translation>‏[‮Çáŕŕý öñ ţĥé ṽîšîţ ŵĥéŕé îţ šţöþþéð‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Discard the unfinished visit?</source>
            <translation>‏[‮Ðîšçáŕð ţĥé ûñƒîñîšĥéð ṽîšîţ?‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Everything recorded in the visit with the %s family, including any signatures, will be lost. This cannot be undone.</source>
            <translation>‏[‮Éṽéŕýţĥîñĝ ŕéçöŕðéð îñ ţĥé ṽîšîţ ŵîţĥ ţĥé‬ %s ‮ƒáɱîļý, îñçļûðîñĝ áñý šîĝñáţûŕéš, ŵîļļ ƀé ļöšţ. Ţĥîš çáññöţ ƀé ûñðöñé.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>‏[‮&amp;Kééþ îţ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>D&amp;iscard the visit</source>
            <translation>‏[‮Ð&amp;išçáŕð ţĥé ṽîšîţ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Do not discard: keep the visit</source>
            <translation>‏[‮Ðö ñöţ ðîšçáŕð: ķééþ ţĥé ṽîšîţ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Lose everything recorded in the visit, signatures included</source>
            <translation>‏[‮Ļöšé éṽéŕýţĥîñĝ ŕéçöŕðéð îñ ţĥé ṽîšîţ, šîĝñáţûŕéš îñçļûðéð‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>RetryCountdown</name>
        <message>
            <source>Time until you can try again</source>
            <translation>‏[‮Ţîɱé ûñţîļ ýöû çáñ ţŕý áĝáîñ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>You can try again in 1 second.</source>
            <translation>‏[‮Ýöû çáñ ţŕý áĝáîñ îñ 1 šéçöñð.‬ ‮····· ····· ··‬]</translation>
        </message>
        <message numerus="yes">
            <source>You can try again in %n seconds.</source>
            <translation>
                <numerusform>‏[‮Ýöû çáñ ţŕý áĝáîñ îñ‬ %n ‮šéçöñðš.‬ ‮····· ····· ··‬]</numerusform>
                <numerusform>‏[‮Ýöû çáñ ţŕý áĝáîñ îñ‬ %n ‮šéçöñðš.‬ ‮····· ····· ··‬]</numerusform>
                <numerusform>‏[‮Ýöû çáñ ţŕý áĝáîñ îñ‬ %n ‮šéçöñðš.‬ ‮····· ····· ··‬]</numerusform>
                <numerusform>‏[‮Ýöû çáñ ţŕý áĝáîñ îñ‬ %n ‮šéçöñðš.‬ ‮····· ····· ··‬]</numerusform>
                <numerusform>‏[‮Ýöû çáñ ţŕý áĝáîñ îñ‬ %n ‮šéçöñðš.‬ ‮····· ····· ··‬]</numerusform>
                <numerusform>‏[‮Ýöû çáñ ţŕý áĝáîñ îñ‬ %n ‮šéçöñðš.‬ ‮····· ····· ··‬]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return to %s</source>
            <translation>‏[‮Ŕéţûŕñ ţö‬ %s ‮····‬]</translation>
        </message>
        <message>
            <source>Return to the worker</source>
            <translation>‏[‮Ŕéţûŕñ ţö ţĥé ŵöŕķéŕ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>%s family — %s signed %s, from %s.</source>
            <translation>‏[%s ‮ƒáɱîļý —‬ %s ‮šîĝñéð‬ %s‮, ƒŕöɱ‬ %s‮.‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;What should they put right?</source>
            <translation>‏[‮&amp;Wĥáţ šĥöûļð ţĥéý þûţ ŕîĝĥţ?‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Comment for the worker</source>
            <translation>‏[‮Çöɱɱéñţ ƒöŕ ţĥé ŵöŕķéŕ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>What the worker should put right; they see it on their laptop. Tab moves on.</source>
            <translation>‏[‮Ŵĥáţ ţĥé ŵöŕķéŕ šĥöûļð þûţ ŕîĝĥţ; ţĥéý šéé îţ öñ ţĥéîŕ ļáþţöþ. Ţáƀ ɱöṽéš öñ.‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>For example: the young person's signature is missing; please revisit.</source>
            <translation>‏[‮Ƒöŕ éẋáɱþļé: ţĥé ýöûñĝ þéŕšöñ'š šîĝñáţûŕé îš ɱîššîñĝ; þļéášé ŕéṽîšîţ.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>‏[‮Þŕöƀļéɱ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>&amp;Return to worker</source>
            <translation>‏[‮&amp;Réţûŕñ ţö ŵöŕķéŕ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏[‮Çáñçéļ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Send the record back to the worker with this comment</source>
            <translation>‏[‮Šéñð ţĥé ŕéçöŕð ƀáçķ ţö ţĥé ŵöŕķéŕ ŵîţĥ ţĥîš çöɱɱéñţ‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Close without returning the record</source>
            <translation>‏[‮Çļöšé ŵîţĥöûţ ŕéţûŕñîñĝ ţĥé ŕéçöŕð‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Write a comment so the worker knows what to put right.</source>
            <translation>‏[‮Ŵŕîţé á çöɱɱéñţ šö ţĥé ŵöŕķéŕ ķñöŵš ŵĥáţ ţö þûţ ŕîĝĥţ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The comment is too long: keep it under %d characters.</source>
            <translation>‏[‮Ţĥé çöɱɱéñţ îš ţöö ļöñĝ: ķééþ îţ ûñðéŕ‬ %d ‮çĥáŕáçţéŕš.‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The comment contains hidden or control characters. Please type it again.</source>
            <translation>‏[‮Ţĥé çöɱɱéñţ çöñţáîñš ĥîððéñ öŕ çöñţŕöļ çĥáŕáçţéŕš. Þļéášé ţýþé îţ áĝáîñ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Returning…</source>
            <translation>‏[‮Ŕéţûŕñîñĝ…‬ ‮····‬]</translation>
        </message>
    </context>
    <context>
        <name>ReturnedTableModel</name>
        <message>
            <source>Family</source>
            <translation>‏[‮Ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>‏[‮Ŕéçöŕð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>‏[‮Ŕéţûŕñéð ƀý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>‏[‮Ŵĥéñ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>‏[‮Ŵĥáţ ţö ðö‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%s family</source>
            <translation>‏[%s ‮ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Family not on this laptop</source>
            <translation>‏[‮Ƒáɱîļý ñöţ öñ ţĥîš ļáþţöþ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>‏[‮ñöñé‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>ReviewDesk</name>
        <message>
            <source>Families &amp;not told of a share</source>
            <translation>‏[‮Ƒáɱîļîéš &amp;nöţ ţöļð öƒ á šĥáŕé‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Shares made without consent the family was not told of, by the date to decide</source>
            <translation>‏[‮Šĥáŕéš ɱáðé ŵîţĥöûţ çöñšéñţ ţĥé ƒáɱîļý ŵáš ñöţ ţöļð öƒ, ƀý ţĥé ðáţé ţö ðéçîðé‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Not connected to central: open the team review again.</source>
            <translation>‏[‮Ñöţ çöññéçţéð ţö çéñţŕáļ: öþéñ ţĥé ţéáɱ ŕéṽîéŵ áĝáîñ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Approved: %s.</source>
            <translation>‏[‮Åþþŕöṽéð:‬ %s‮.‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Returned to %s: %s.</source>
            <translation>‏[‮Ŕéţûŕñéð ţö‬ %s‮:‬ %s‮.‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%s family, %s</source>
            <translation>‏[%s ‮ƒáɱîļý,‬ %s ‮····‬]</translation>
        </message>
    </context>
    <context>
        <name>ReviewFilters</name>
        <message>
            <source>Only &amp;flagged</source>
            <translation>‏[‮Öñļý &amp;fļáĝĝéð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Show only the records that need a closer look</source>
            <translation>‏[‮Šĥöŵ öñļý ţĥé ŕéçöŕðš ţĥáţ ñééð á çļöšéŕ ļööķ‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Only waiting more than &amp;72 hours</source>
            <translation>‏[‮Öñļý ŵáîţîñĝ ɱöŕé ţĥáñ &amp;72 ĥöûŕš‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Show only the records central received more than 72 hours ago</source>
            <translation>‏[‮Šĥöŵ öñļý ţĥé ŕéçöŕðš çéñţŕáļ ŕéçéîṽéð ɱöŕé ţĥáñ 72 ĥöûŕš áĝö‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>‏[‮&amp;Wöŕķéŕ:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Show the records of</source>
            <translation>‏[‮Šĥöŵ ţĥé ŕéçöŕðš öƒ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Everyone's records, or one worker's</source>
            <translation>‏[‮Éṽéŕýöñé'š ŕéçöŕðš, öŕ öñé ŵöŕķéŕ'š‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>‏[‮Éṽéŕýöñé‬ ‮····‬]</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Team review</source>
            <translation>‏[‮Ţéáɱ ŕéṽîéŵ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>‏[‮&amp;Réƒŕéšĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Ask central again (F5)</source>
            <translation>‏[‮Åšķ çéñţŕáļ áĝáîñ (Ƒ5)‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Back to families</source>
            <translation>‏[‮&amp;Báçķ ţö ƒáɱîļîéš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Back to the families list</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ƒáɱîļîéš ļîšţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Team activit&amp;y</source>
            <translation>‏[‮Ţéáɱ áçţîṽîţ&amp;y‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Who viewed, approved, returned, filed or erased your team's records</source>
            <translation>‏[‮Ŵĥö ṽîéŵéð, áþþŕöṽéð, ŕéţûŕñéð, ƒîļéð öŕ éŕášéð ýöûŕ ţéáɱ'š ŕéçöŕðš‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Team &amp;dashboard</source>
            <translation>‏[‮Ţéáɱ &amp;dášĥƀöáŕð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Your team's figures: consent by state, refusals by agency, what waits</source>
            <translation>‏[‮Ýöûŕ ţéáɱ'š ƒîĝûŕéš: çöñšéñţ ƀý šţáţé, ŕéƒûšáļš ƀý áĝéñçý, ŵĥáţ ŵáîţš‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>‏[‮Ŕéṽîéŵ šţáţûš‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>‏[‮Þŕöƀļéɱ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Waiting for re&amp;view</source>
            <translation>‏[‮Ŵáîţîñĝ ƒöŕ ŕé&amp;vîéŵ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Records your team sent, waiting for your decision</source>
            <translation>‏[‮Ŕéçöŕðš ýöûŕ ţéáɱ šéñţ, ŵáîţîñĝ ƒöŕ ýöûŕ ðéçîšîöñ‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Waiting for your review</source>
            <translation>‏[‮Ŵáîţîñĝ ƒöŕ ýöûŕ ŕéṽîéŵ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>‏[‮&amp;Oþéñ…‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Show the signed form (or double-click it)</source>
            <translation>‏[‮Šĥöŵ ţĥé šîĝñéð ƒöŕɱ (öŕ ðöûƀļé-çļîçķ îţ)‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>‏[‮&amp;Aþþŕöṽé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Re&amp;turn to worker…</source>
            <translation>‏[‮Ŕé&amp;tûŕñ ţö ŵöŕķéŕ…‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Approve the record chosen in the list: nothing more is needed</source>
            <translation>‏[‮Åþþŕöṽé ţĥé ŕéçöŕð çĥöšéñ îñ ţĥé ļîšţ: ñöţĥîñĝ ɱöŕé îš ñééðéð‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Send the record chosen back to its worker, with a comment</source>
            <translation>‏[‮Šéñð ţĥé ŕéçöŕð çĥöšéñ ƀáçķ ţö îţš ŵöŕķéŕ, ŵîţĥ á çöɱɱéñţ‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Choose all &amp;unflagged</source>
            <translation>‏[‮Çĥööšé áļļ &amp;uñƒļáĝĝéð‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Choose every record shown that has nothing flagged, to approve them together</source>
            <translation>‏[‮Çĥööšé éṽéŕý ŕéçöŕð šĥöŵñ ţĥáţ ĥáš ñöţĥîñĝ ƒļáĝĝéð, ţö áþþŕöṽé ţĥéɱ ţöĝéţĥéŕ‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Approve all &amp;chosen…</source>
            <translation>‏[‮Åþþŕöṽé áļļ &amp;cĥöšéñ…‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Approve every record chosen in the list, after one confirmation</source>
            <translation>‏[‮Åþþŕöṽé éṽéŕý ŕéçöŕð çĥöšéñ îñ ţĥé ļîšţ, áƒţéŕ öñé çöñƒîŕɱáţîöñ‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Records sent by your team, oldest first, what central flagged and what to do. Shift or Ctrl with the arrow keys chooses several.</source>
            <translation>‏[‮Ŕéçöŕðš šéñţ ƀý ýöûŕ ţéáɱ, öļðéšţ ƒîŕšţ, ŵĥáţ çéñţŕáļ ƒļáĝĝéð áñð ŵĥáţ ţö ðö. Šĥîƒţ öŕ Çţŕļ ŵîţĥ ţĥé áŕŕöŵ ķéýš çĥööšéš šéṽéŕáļ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Nothing is waiting for your review.</source>
            <translation>‏[‮Ñöţĥîñĝ îš ŵáîţîñĝ ƒöŕ ýöûŕ ŕéṽîéŵ.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The record chosen</source>
            <translation>‏[‮Ţĥé ŕéçöŕð çĥöšéñ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Your team's &amp;laptops</source>
            <translation>‏[‮Ýöûŕ ţéáɱ'š &amp;láþţöþš‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Each laptop in your team, and what waits on it to be sent</source>
            <translation>‏[‮Éáçĥ ļáþţöþ îñ ýöûŕ ţéáɱ, áñð ŵĥáţ ŵáîţš öñ îţ ţö ƀé šéñţ‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Your team's laptops</source>
            <translation>‏[‮Ýöûŕ ţéáɱ'š ļáþţöþš‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Each laptop in your team, its worker, and what waits to be sent</source>
            <translation>‏[‮Éáçĥ ļáþţöþ îñ ýöûŕ ţéáɱ, îţš ŵöŕķéŕ, áñð ŵĥáţ ŵáîţš ţö ƀé šéñţ‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%s family, %s (%s), from %s</source>
            <translation>‏[%s ‮ƒáɱîļý,‬ %s ‮(‬%s‮), ƒŕöɱ‬ %s ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Nothing flagged: approve it if it is right.</source>
            <translation>‏[‮Ñöţĥîñĝ ƒļáĝĝéð: áþþŕöṽé îţ îƒ îţ îš ŕîĝĥţ.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>No record waiting matches what you chose to show.</source>
            <translation>‏[‮Ñö ŕéçöŕð ŵáîţîñĝ ɱáţçĥéš ŵĥáţ ýöû çĥöšé ţö šĥöŵ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Asking central…</source>
            <translation>‏[‮Åšķîñĝ çéñţŕáļ…‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>1 record is waiting for your review.</source>
            <translation>‏[‮1 ŕéçöŕð îš ŵáîţîñĝ ƒöŕ ýöûŕ ŕéṽîéŵ.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%n records are waiting for your review.</source>
            <translation>‏[%n ‮ŕéçöŕðš áŕé ŵáîţîñĝ ƒöŕ ýöûŕ ŕéṽîéŵ.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>1 is hidden by what you chose to show.</source>
            <translation>‏[‮1 îš ĥîððéñ ƀý ŵĥáţ ýöû çĥöšé ţö šĥöŵ.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%n are hidden by what you chose to show.</source>
            <translation>‏[%n ‮áŕé ĥîððéñ ƀý ŵĥáţ ýöû çĥöšé ţö šĥöŵ.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>ReviewStep</name>
        <message>
            <source>Who has checked and signed so far</source>
            <translation>‏[‮Ŵĥö ĥáš çĥéçķéð áñð šîĝñéð šö ƒáŕ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Give the laptop to the &amp;family to check and sign…</source>
            <translation>‏[‮Ĝîṽé ţĥé ļáþţöþ ţö ţĥé &amp;fáɱîļý ţö çĥéçķ áñð šîĝñ…‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The family checks the summary and signs on their own full screen</source>
            <translation>‏[‮Ţĥé ƒáɱîļý çĥéçķš ţĥé šûɱɱáŕý áñð šîĝñš öñ ţĥéîŕ öŵñ ƒûļļ šçŕééñ‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Summary of the family's choices</source>
            <translation>‏[‮Šûɱɱáŕý öƒ ţĥé ƒáɱîļý'š çĥöîçéš‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Everything recorded in this visit, in the words the family will read</source>
            <translation>‏[‮Éṽéŕýţĥîñĝ ŕéçöŕðéð îñ ţĥîš ṽîšîţ, îñ ţĥé ŵöŕðš ţĥé ƒáɱîļý ŵîļļ ŕéáð‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>To change an answer, go Back. The family will then need to check the summary and sign again.</source>
            <translation>‏[‮Ţö çĥáñĝé áñ áñšŵéŕ, ĝö Ɓáçķ. Ţĥé ƒáɱîļý ŵîļļ ţĥéñ ñééð ţö çĥéçķ ţĥé šûɱɱáŕý áñð šîĝñ áĝáîñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Checked and signed by %s. Seal the record to finish.</source>
            <translation>‏[‮Çĥéçķéð áñð šîĝñéð ƀý‬ %s‮. Šéáļ ţĥé ŕéçöŕð ţö ƒîñîšĥ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Signed so far: %s.</source>
            <translation>‏[‮Šîĝñéð šö ƒáŕ:‬ %s‮.‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Not signed yet. Give the laptop to %s to check this and sign.</source>
            <translation>‏[‮Ñöţ šîĝñéð ýéţ. Ĝîṽé ţĥé ļáþţöþ ţö‬ %s ‮ţö çĥéçķ ţĥîš áñð šîĝñ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>the person giving consent</source>
            <translation>‏[‮ţĥé þéŕšöñ ĝîṽîñĝ çöñšéñţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Give the laptop to the family again…</source>
            <translation>‏[‮Ĝîṽé ţĥé ļáþţöþ ţö ţĥé ƒáɱîļý áĝáîñ…‬ ‮····· ····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>ReviewTableModel</name>
        <message>
            <source>Family</source>
            <translation>‏[‮Ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>‏[‮Çášé ŕéƒéŕéñçé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>‏[‮Ŕéçöŕð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>‏[‮Ŵöŕķéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>‏[‮Šîĝñéð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>‏[‮Ŕéçéîṽéð‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Needs a closer look, and what to do</source>
            <translation>‏[‮Ñééðš á çļöšéŕ ļööķ, áñð ŵĥáţ ţö ðö‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%s family</source>
            <translation>‏[%s ‮ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>None</source>
            <translation>‏[‮Ñöñé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>%s, version %d</source>
            <translation>‏[%s‮, ṽéŕšîöñ‬ %d ‮····‬]</translation>
        </message>
        <message>
            <source>waiting over 72 hours</source>
            <translation>‏[‮ŵáîţîñĝ öṽéŕ 72 ĥöûŕš‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Nothing flagged</source>
            <translation>‏[‮Ñöţĥîñĝ ƒļáĝĝéð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>‏[‮ñöñé‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>ReviewViewer</name>
        <message>
            <source>Corrected on %1: %2</source>
            <translation>‏[‮Çöŕŕéçţéð öñ‬ %1‮:‬ %2 ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>‏[‮Çöŕŕéçţîöñš‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>%s family — %s received from %s</source>
            <translation>‏[%s ‮ƒáɱîļý —‬ %s ‮ŕéçéîṽéð ƒŕöɱ‬ %s ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>This form could not be shown. Please tell IT support.</source>
            <translation>‏[‮Ţĥîš ƒöŕɱ çöûļð ñöţ ƀé šĥöŵñ. Þļéášé ţéļļ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The PDF could not be made. Please tell IT support.</source>
            <translation>‏[‮Ţĥé ÞÐƑ çöûļð ñöţ ƀé ɱáðé. Þļéášé ţéļļ ÎŢ šûþþöŕţ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The PDF could not be saved there (%s). Choose another folder.</source>
            <translation>‏[‮Ţĥé ÞÐƑ çöûļð ñöţ ƀé šáṽéð ţĥéŕé (‬%s‮). Çĥööšé áñöţĥéŕ ƒöļðéŕ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Needs a closer look</source>
            <translation>‏[‮Ñééðš á çļöšéŕ ļööķ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Needs a closer look:</source>
            <translation>‏[‮Ñééðš á çļöšéŕ ļööķ:‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Central flagged nothing on this record.</source>
            <translation>‏[‮Çéñţŕáļ ƒļáĝĝéð ñöţĥîñĝ öñ ţĥîš ŕéçöŕð.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>‏[‮Þŕöƀļéɱ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Read the form, then decide:</source>
            <translation>‏[‮Ŕéáð ţĥé ƒöŕɱ, ţĥéñ ðéçîðé:‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>‏[‮&amp;Aþþŕöṽé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Approve this record: it is filed, and the viewer closes</source>
            <translation>‏[‮Åþþŕöṽé ţĥîš ŕéçöŕð: îţ îš ƒîļéð, áñð ţĥé ṽîéŵéŕ çļöšéš‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Re&amp;turn to worker…</source>
            <translation>‏[‮Ŕé&amp;tûŕñ ţö ŵöŕķéŕ…‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Send this record back to its worker, with a comment</source>
            <translation>‏[‮Šéñð ţĥîš ŕéçöŕð ƀáçķ ţö îţš ŵöŕķéŕ, ŵîţĥ á çöɱɱéñţ‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>RightsPart</name>
        <message>
            <source>The contacts for your rights cannot be shown on this laptop just now. Please ask your social worker for them.</source>
            <translation>‏[‮Ţĥé çöñţáçţš ƒöŕ ýöûŕ ŕîĝĥţš çáññöţ ƀé šĥöŵñ öñ ţĥîš ļáþţöþ ĵûšţ ñöŵ. Þļéášé ášķ ýöûŕ šöçîáļ ŵöŕķéŕ ƒöŕ ţĥéɱ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>ScrollBars</name>
        <message>
            <source>Vertical scroll bar of %1</source>
            <translation>‏[‮Ṽéŕţîçáļ šçŕöļļ ƀáŕ öƒ‬ %1 ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Horizontal scroll bar of %1</source>
            <translation>‏[‮Ĥöŕîžöñţáļ šçŕöļļ ƀáŕ öƒ‬ %1 ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Vertical scroll bar</source>
            <translation>‏[‮Ṽéŕţîçáļ šçŕöļļ ƀáŕ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Horizontal scroll bar</source>
            <translation>‏[‮Ĥöŕîžöñţáļ šçŕöļļ ƀáŕ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Moves what is shown up and down</source>
            <translation>‏[‮Ṁöṽéš ŵĥáţ îš šĥöŵñ ûþ áñð ðöŵñ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Moves what is shown left and right</source>
            <translation>‏[‮Ṁöṽéš ŵĥáţ îš šĥöŵñ ļéƒţ áñð ŕîĝĥţ‬ ‮····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Restored %d sealed records from the backup; they will be sent to central.</source>
            <translation>‏[‮Ŕéšţöŕéð‬ %d ‮šéáļéð ŕéçöŕðš ƒŕöɱ ţĥé ƀáçķûþ; ţĥéý ŵîļļ ƀé šéñţ ţö çéñţŕáļ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The store on this laptop is damaged, so it cannot be opened. Nothing has been deleted.</source>
            <translation>‏[‮Ţĥé šţöŕé öñ ţĥîš ļáþţöþ îš ðáɱáĝéð, šö îţ çáññöţ ƀé öþéñéð. Ñöţĥîñĝ ĥáš ƀééñ ðéļéţéð.‬ ‮····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Wrong passphrase. Please check it and try again.</source>
            <translation>‏[‮Ŵŕöñĝ þáššþĥŕášé. Þļéášé çĥéçķ îţ áñð ţŕý áĝáîñ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Locked after 1 minute without use.</source>
            <translation>‏[‮Ļöçķéð áƒţéŕ 1 ɱîñûţé ŵîţĥöûţ ûšé.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Locked after %d minutes without use.</source>
            <translation>‏[‮Ļöçķéð áƒţéŕ‬ %d ‮ɱîñûţéš ŵîţĥöûţ ûšé.‬ ‮····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Minutes without keyboard or mouse use before the app locks itself.</source>
            <translation>‏[‮Ṁîñûţéš ŵîţĥöûţ ķéýƀöáŕð öŕ ɱöûšé ûšé ƀéƒöŕé ţĥé áþþ ļöçķš îţšéļƒ.‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Months after consent is signed before it should be reviewed with the family.</source>
            <translation>‏[‮Ṁöñţĥš áƒţéŕ çöñšéñţ îš šîĝñéð ƀéƒöŕé îţ šĥöûļð ƀé ŕéṽîéŵéð ŵîţĥ ţĥé ƒáɱîļý.‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>‏[‮Šéţţîñĝš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Lock after:</source>
            <translation>‏[‮&amp;Löçķ áƒţéŕ:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> ‏[‮ɱîñûţéš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Lock after this many minutes without use</source>
            <translation>‏[‮Ļöçķ áƒţéŕ ţĥîš ɱáñý ɱîñûţéš ŵîţĥöûţ ûšé‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Review consent after:</source>
            <translation>‏[‮&amp;Réṽîéŵ çöñšéñţ áƒţéŕ:‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source> months</source>
            <translation> ‏[‮ɱöñţĥš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Review consent with the family this many months after it is signed</source>
            <translation>‏[‮Ŕéṽîéŵ çöñšéñţ ŵîţĥ ţĥé ƒáɱîļý ţĥîš ɱáñý ɱöñţĥš áƒţéŕ îţ îš šîĝñéð‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Keep these settings and close</source>
            <translation>‏[‮Ķééþ ţĥéšé šéţţîñĝš áñð çļöšé‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Close without changing the settings</source>
            <translation>‏[‮Çļöšé ŵîţĥöûţ çĥáñĝîñĝ ţĥé šéţţîñĝš‬ ‮····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Set up this laptop</source>
            <translation>‏[‮Šéţ ûþ ţĥîš ļáþţöþ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Choose a passphrase. It protects the families' information on this laptop, and you will type it each time you unlock the app. Nobody can reset it: if it is forgotten, the information on this laptop cannot be opened.</source>
            <translation>‏[‮Çĥööšé á þáššþĥŕášé. Îţ þŕöţéçţš ţĥé ƒáɱîļîéš' îñƒöŕɱáţîöñ öñ ţĥîš ļáþţöþ, áñð ýöû ŵîļļ ţýþé îţ éáçĥ ţîɱé ýöû ûñļöçķ ţĥé áþþ. Ñöƀöðý çáñ ŕéšéţ îţ: îƒ îţ îš ƒöŕĝöţţéñ, ţĥé îñƒöŕɱáţîöñ öñ ţĥîš ļáþţöþ çáññöţ ƀé öþéñéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Create and unlock</source>
            <translation>‏[‮&amp;Cŕéáţé áñð ûñļöçķ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Create and unlock</source>
            <translation>‏[‮Çŕéáţé áñð ûñļöçķ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Make the encrypted store on this laptop with this passphrase, and open it</source>
            <translation>‏[‮Ṁáķé ţĥé éñçŕýþţéð šţöŕé öñ ţĥîš ļáþţöþ ŵîţĥ ţĥîš þáššþĥŕášé, áñð öþéñ îţ‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>&amp;Practise first with training families</source>
            <translation>‏[‮&amp;Pŕáçţîšé ƒîŕšţ ŵîţĥ ţŕáîñîñĝ ƒáɱîļîéš‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Practise with training families</source>
            <translation>‏[‮Þŕáçţîšé ŵîţĥ ţŕáîñîñĝ ƒáɱîļîéš‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Open the training store of fictional families, in a folder of its own: kept apart from real work and never sent to central. This laptop's real set-up waits until you come back.</source>
            <translation>‏[‮Öþéñ ţĥé ţŕáîñîñĝ šţöŕé öƒ ƒîçţîöñáļ ƒáɱîļîéš, îñ á ƒöļðéŕ öƒ îţš öŵñ: ķéþţ áþáŕţ ƒŕöɱ ŕéáļ ŵöŕķ áñð ñéṽéŕ šéñţ ţö çéñţŕáļ. Ţĥîš ļáþţöþ'š ŕéáļ šéţ-ûþ ŵáîţš ûñţîļ ýöû çöɱé ƀáçķ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Set up the training store</source>
            <translation>‏[‮Šéţ ûþ ţĥé ţŕáîñîñĝ šţöŕé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Choose a passphrase for the training store. It opens only the fictional families you practise on, never real ones; you will type it to unlock training and to take the laptop back from the family, as on a real visit.</source>
            <translation>‏[‮Çĥööšé á þáššþĥŕášé ƒöŕ ţĥé ţŕáîñîñĝ šţöŕé. Îţ öþéñš öñļý ţĥé ƒîçţîöñáļ ƒáɱîļîéš ýöû þŕáçţîšé öñ, ñéṽéŕ ŕéáļ öñéš; ýöû ŵîļļ ţýþé îţ ţö ûñļöçķ ţŕáîñîñĝ áñð ţö ţáķé ţĥé ļáþţöþ ƀáçķ ƒŕöɱ ţĥé ƒáɱîļý, áš öñ á ŕéáļ ṽîšîţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Make the training store with this passphrase, fill it with fictional families, and open it</source>
            <translation>‏[‮Ṁáķé ţĥé ţŕáîñîñĝ šţöŕé ŵîţĥ ţĥîš þáššþĥŕášé, ƒîļļ îţ ŵîţĥ ƒîçţîöñáļ ƒáɱîļîéš, áñð öþéñ îţ‬ ‮····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Setting up…</source>
            <translation>‏[‮Šéţţîñĝ ûþ…‬ ‮·····‬]</translation>
        </message>
    </context>
    <context>
        <name>Share</name>
        <message>
            <source>Health</source>
            <translation>‏[‮Ĥéáļţĥ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Education (including early years)</source>
            <translation>‏[‮Éðûçáţîöñ (îñçļûðîñĝ éáŕļý ýéáŕš)‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>‏[‮Þöļîçé‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Early help service</source>
            <translation>‏[‮Éáŕļý ĥéļþ šéŕṽîçé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Probation</source>
            <translation>‏[‮Þŕöƀáţîöñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>‏[‮Ĥöûšîñĝ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Youth offending service</source>
            <translation>‏[‮Ýöûţĥ öƒƒéñðîñĝ šéŕṽîçé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Mental health services</source>
            <translation>‏[‮Ṁéñţáļ ĥéáļţĥ šéŕṽîçéš‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Drug and alcohol services</source>
            <translation>‏[‮Ðŕûĝ áñð áļçöĥöļ šéŕṽîçéš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Voluntary organisations</source>
            <translation>‏[‮Ṽöļûñţáŕý öŕĝáñîšáţîöñš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Other local authorities</source>
            <translation>‏[‮Öţĥéŕ ļöçáļ áûţĥöŕîţîéš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>A school</source>
            <translation>‏[‮Å šçĥööļ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>A GP</source>
            <translation>‏[‮Å ĜÞ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>The Department for Education</source>
            <translation>‏[‮Ţĥé Ðéþáŕţɱéñţ ƒöŕ Éðûçáţîöñ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Ofsted</source>
            <translation>‏[‮Öƒšţéð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Adults' Social Care</source>
            <translation>‏[‮Åðûļţš' Šöçîáļ Çáŕé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The council's Legal Services</source>
            <translation>‏[‮Ţĥé çöûñçîļ'š Ļéĝáļ Šéŕṽîçéš‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Another council service</source>
            <translation>‏[‮Åñöţĥéŕ çöûñçîļ šéŕṽîçé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Adoption: the adopter's home local authority</source>
            <translation>‏[‮Åðöþţîöñ: ţĥé áðöþţéŕ'š ĥöɱé ļöçáļ áûţĥöŕîţý‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Adoption: the regional adoption agency</source>
            <translation>‏[‮Åðöþţîöñ: ţĥé ŕéĝîöñáļ áðöþţîöñ áĝéñçý‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Adoption: the court and parties to the proceedings</source>
            <translation>‏[‮Åðöþţîöñ: ţĥé çöûŕţ áñð þáŕţîéš ţö ţĥé þŕöçééðîñĝš‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Adoption: another adoption agency, for matching</source>
            <translation>‏[‮Åðöþţîöñ: áñöţĥéŕ áðöþţîöñ áĝéñçý, ƒöŕ ɱáţçĥîñĝ‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Someone else (name them)</source>
            <translation>‏[‮Šöɱéöñé éļšé (ñáɱé ţĥéɱ)‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Personal details of family members</source>
            <translation>‏[‮Þéŕšöñáļ ðéţáîļš öƒ ƒáɱîļý ɱéɱƀéŕš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The referral and the concerns held</source>
            <translation>‏[‮Ţĥé ŕéƒéŕŕáļ áñð ţĥé çöñçéŕñš ĥéļð‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Assessments of children and parents</source>
            <translation>‏[‮Åššéššɱéñţš öƒ çĥîļðŕéñ áñð þáŕéñţš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Reviews of children's plans</source>
            <translation>‏[‮Ŕéṽîéŵš öƒ çĥîļðŕéñ'š þļáñš‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Social workers' contacts with the family and professionals</source>
            <translation>‏[‮Šöçîáļ ŵöŕķéŕš' çöñţáçţš ŵîţĥ ţĥé ƒáɱîļý áñð þŕöƒéššîöñáļš‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Records of meetings and visits</source>
            <translation>‏[‮Ŕéçöŕðš öƒ ɱééţîñĝš áñð ṽîšîţš‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Information from other professionals</source>
            <translation>‏[‮Îñƒöŕɱáţîöñ ƒŕöɱ öţĥéŕ þŕöƒéššîöñáļš‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Documents prepared for court</source>
            <translation>‏[‮Ðöçûɱéñţš þŕéþáŕéð ƒöŕ çöûŕţ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>‏[‮Îñ þéŕšöñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>At a meeting</source>
            <translation>‏[‮Åţ á ɱééţîñĝ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>‏[‮Þĥöñé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Secure email</source>
            <translation>‏[‮Šéçûŕé éɱáîļ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>‏[‮Éɱáîļ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>‏[‮Ļéţţéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>The child may be suffering, or at risk of suffering, significant harm</source>
            <translation>‏[‮Ţĥé çĥîļð ɱáý ƀé šûƒƒéŕîñĝ, öŕ áţ ŕîšķ öƒ šûƒƒéŕîñĝ, šîĝñîƒîçáñţ ĥáŕɱ‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The law says we must or can</source>
            <translation>‏[‮Ţĥé ļáŵ šáýš ŵé ɱûšţ öŕ çáñ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Asking would put the child at further risk</source>
            <translation>‏[‮Åšķîñĝ ŵöûļð þûţ ţĥé çĥîļð áţ ƒûŕţĥéŕ ŕîšķ‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Asking would interfere with a criminal investigation</source>
            <translation>‏[‮Åšķîñĝ ŵöûļð îñţéŕƒéŕé ŵîţĥ á çŕîɱîñáļ îñṽéšţîĝáţîöñ‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Asking would cause undue delay in safeguarding the child</source>
            <translation>‏[‮Åšķîñĝ ŵöûļð çáûšé ûñðûé ðéļáý îñ šáƒéĝûáŕðîñĝ ţĥé çĥîļð‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Record a share — %s family</source>
            <translation>‏[‮Ŕéçöŕð á šĥáŕé —‬ %s ‮ƒáɱîļý‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Record information shared</source>
            <translation>‏[‮Ŕéçöŕð îñƒöŕɱáţîöñ šĥáŕéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Record each time CSSW shares information about this family: with whom, what, how, when and why. A share with consent is checked against what the family agreed at that time.</source>
            <translation>‏[‮Ŕéçöŕð éáçĥ ţîɱé ÇŠŠŴ šĥáŕéš îñƒöŕɱáţîöñ áƀöûţ ţĥîš ƒáɱîļý: ŵîţĥ ŵĥöɱ, ŵĥáţ, ĥöŵ, ŵĥéñ áñð ŵĥý. Å šĥáŕé ŵîţĥ çöñšéñţ îš çĥéçķéð áĝáîñšţ ŵĥáţ ţĥé ƒáɱîļý áĝŕééð áţ ţĥáţ ţîɱé.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>‏[‮Šĥáŕéð ŵîţĥ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Shared &amp;with:</source>
            <translation>‏[‮Šĥáŕéð &amp;wîţĥ:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>‏[‮Ţĥéîŕ ñáɱé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>e.g. the school's or GP's name</source>
            <translation>‏[‮é.ĝ. ţĥé šçĥööļ'š öŕ ĜÞ'š ñáɱé‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Their &amp;name:</source>
            <translation>‏[‮Ţĥéîŕ &amp;náɱé:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>How it was shared</source>
            <translation>‏[‮Ĥöŵ îţ ŵáš šĥáŕéð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>‏[‮&amp;Höŵ:‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Date shared</source>
            <translation>‏[‮Ðáţé šĥáŕéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>&amp;Date shared:</source>
            <translation>‏[‮&amp;Dáţé šĥáŕéð:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Which children it was about</source>
            <translation>‏[‮Ŵĥîçĥ çĥîļðŕéñ îţ ŵáš áƀöûţ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>What was shared</source>
            <translation>‏[‮Ŵĥáţ ŵáš šĥáŕéð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Details, if needed</source>
            <translation>‏[‮Ðéţáîļš, îƒ ñééðéð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Details of what was shared</source>
            <translation>‏[‮Ðéţáîļš öƒ ŵĥáţ ŵáš šĥáŕéð‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Why it was shared</source>
            <translation>‏[‮Ŵĥý îţ ŵáš šĥáŕéð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>With the family's consent</source>
            <translation>‏[‮Ŵîţĥ ţĥé ƒáɱîļý'š çöñšéñţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Without consent</source>
            <translation>‏[‮Ŵîţĥöûţ çöñšéñţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>‏[‮Ŕéášöñ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>‏[‮Ŕéášöñ:‬ ‮···‬]</translation>
        </message>
        <message>
            <source>The law or court order</source>
            <translation>‏[‮Ţĥé ļáŵ öŕ çöûŕţ öŕðéŕ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Law or order:</source>
            <translation>‏[‮Ļáŵ öŕ öŕðéŕ:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The family was asked and did not agree</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ŵáš ášķéð áñð ðîð ñöţ áĝŕéé‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Was the family asked</source>
            <translation>‏[‮Ŵáš ţĥé ƒáɱîļý ášķéð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Was the family asked?</source>
            <translation>‏[‮Ŵáš ţĥé ƒáɱîļý ášķéð?‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Manager who authorised it</source>
            <translation>‏[‮Ṁáñáĝéŕ ŵĥö áûţĥöŕîšéð îţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Authorised by (manager):</source>
            <translation>‏[‮Åûţĥöŕîšéð ƀý (ɱáñáĝéŕ):‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Manager's role</source>
            <translation>‏[‮Ṁáñáĝéŕ'š ŕöļé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Their role:</source>
            <translation>‏[‮Ţĥéîŕ ŕöļé:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Date authorised</source>
            <translation>‏[‮Ðáţé áûţĥöŕîšéð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Date authorised:</source>
            <translation>‏[‮Ðáţé áûţĥöŕîšéð:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Who decided to share</source>
            <translation>‏[‮Ŵĥö ðéçîðéð ţö šĥáŕé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Decided by:</source>
            <translation>‏[‮Ðéçîðéð ƀý:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Telling the family</source>
            <translation>‏[‮Ţéļļîñĝ ţĥé ƒáɱîļý‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The family has been told</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ĥáš ƀééñ ţöļð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>The family has not been told</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ĥáš ñöţ ƀééñ ţöļð‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Date told</source>
            <translation>‏[‮Ðáţé ţöļð‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Date told:</source>
            <translation>‏[‮Ðáţé ţöļð:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>How the family was told</source>
            <translation>‏[‮Ĥöŵ ţĥé ƒáɱîļý ŵáš ţöļð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>How told:</source>
            <translation>‏[‮Ĥöŵ ţöļð:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Why the family was not told</source>
            <translation>‏[‮Ŵĥý ţĥé ƒáɱîļý ŵáš ñöţ ţöļð‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Why not:</source>
            <translation>‏[‮Ŵĥý ñöţ:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Date to reconsider</source>
            <translation>‏[‮Ðáţé ţö ŕéçöñšîðéŕ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Reconsider by:</source>
            <translation>‏[‮Ŕéçöñšîðéŕ ƀý:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>‏[‮Ŕéçöŕðéð ƀý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Recorded &amp;by:</source>
            <translation>‏[‮Ŕéçöŕðéð &amp;bý:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>‏[‮Þŕöƀļéɱš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Record share</source>
            <translation>‏[‮&amp;Réçöŕð šĥáŕé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏[‮Çáñçéļ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>The date shared cannot be in the future.</source>
            <translation>‏[‮Ţĥé ðáţé šĥáŕéð çáññöţ ƀé îñ ţĥé ƒûţûŕé.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>SharingRegister</name>
        <message>
            <source>WITHOUT consent: %s</source>
            <translation>‏[‮ŴÎŢĤÖÛŢ çöñšéñţ:‬ %s ‮····· ··‬]</translation>
        </message>
        <message>
            <source>with consent</source>
            <translation>‏[‮ŵîţĥ çöñšéñţ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>the form does not ask about them</source>
            <translation>‏[‮ţĥé ƒöŕɱ ðöéš ñöţ ášķ áƀöûţ ţĥéɱ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>no signed form at the time</source>
            <translation>‏[‮ñö šîĝñéð ƒöŕɱ áţ ţĥé ţîɱé‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>the family had said Yes</source>
            <translation>‏[‮ţĥé ƒáɱîļý ĥáð šáîð Ýéš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>the family had said No</source>
            <translation>‏[‮ţĥé ƒáɱîļý ĥáð šáîð Ñö‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>family told %s</source>
            <translation>‏[‮ƒáɱîļý ţöļð‬ %s ‮·····‬]</translation>
        </message>
        <message>
            <source>family not told; look again by %s</source>
            <translation>‏[‮ƒáɱîļý ñöţ ţöļð; ļööķ áĝáîñ ƀý‬ %s ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Sharing register</source>
            <translation>‏[‮Šĥáŕîñĝ ŕéĝîšţéŕ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Record a &amp;share…</source>
            <translation>‏[‮Ŕéçöŕð á &amp;sĥáŕé…‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Record information CSSW shared about this family, with or without consent</source>
            <translation>‏[‮Ŕéçöŕð îñƒöŕɱáţîöñ ÇŠŠŴ šĥáŕéð áƀöûţ ţĥîš ƒáɱîļý, ŵîţĥ öŕ ŵîţĥöûţ çöñšéñţ‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Every share recorded on this laptop, oldest first.</source>
            <translation>‏[‮Éṽéŕý šĥáŕé ŕéçöŕðéð öñ ţĥîš ļáþţöþ, öļðéšţ ƒîŕšţ.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>No shares recorded on this laptop.</source>
            <translation>‏[‮Ñö šĥáŕéš ŕéçöŕðéð öñ ţĥîš ļáþţöþ.‬ ‮····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>SignatureField</name>
        <message>
            <source>Sign by &amp;typing your name</source>
            <translation>‏[‮Šîĝñ ƀý &amp;týþîñĝ ýöûŕ ñáɱé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>For signing with the keyboard: type your full name instead of drawing</source>
            <translation>‏[‮Ƒöŕ šîĝñîñĝ ŵîţĥ ţĥé ķéýƀöáŕð: ţýþé ýöûŕ ƒûļļ ñáɱé îñšţéáð öƒ ðŕáŵîñĝ‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>‏[‮Çļéáŕ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Remove all the ink and start again</source>
            <translation>‏[‮Ŕéɱöṽé áļļ ţĥé îñķ áñð šţáŕţ áĝáîñ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Undo last line</source>
            <translation>‏[‮Ûñðö ļášţ ļîñé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Remove the last line drawn</source>
            <translation>‏[‮Ŕéɱöṽé ţĥé ļášţ ļîñé ðŕáŵñ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Draw a signature instead</source>
            <translation>‏[‮Ðŕáŵ á šîĝñáţûŕé îñšţéáð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Go back to the box for a signature drawn with a finger, a pen or the mouse</source>
            <translation>‏[‮Ĝö ƀáçķ ţö ţĥé ƀöẋ ƒöŕ á šîĝñáţûŕé ðŕáŵñ ŵîţĥ á ƒîñĝéŕ, á þéñ öŕ ţĥé ɱöûšé‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature box</source>
            <translation>‏[‮Šîĝñáţûŕé ƀöẋ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>‏[‮Þļéášé šîĝñ îñ ţĥé ƀöẋ.‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Please sign in the box — a dot or a short line is not enough.</source>
            <translation>‏[‮Þļéášé šîĝñ îñ ţĥé ƀöẋ — á ðöţ öŕ á šĥöŕţ ļîñé îš ñöţ éñöûĝĥ.‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>‏[‮Šîĝñ ĥéŕé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>The box is empty.</source>
            <translation>‏[‮Ţĥé ƀöẋ îš éɱþţý.‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>The box has 1 line of ink.</source>
            <translation>‏[‮Ţĥé ƀöẋ ĥáš 1 ļîñé öƒ îñķ.‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The box has {count} lines of ink.</source>
            <translation>‏[‮Ţĥé ƀöẋ ĥáš‬ {count} ‮ļîñéš öƒ îñķ.‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Sign with a finger, a pen or the mouse. </source>
            <translation>‏[‮Šîĝñ ŵîţĥ á ƒîñĝéŕ, á þéñ öŕ ţĥé ɱöûšé.‬ ‮····· ····· ····· ·‬] </translation>
        </message>
        <message>
            <source> Use Clear to start again or Undo to remove the last line.</source>
            <translation> ‏[‮Ûšé Çļéáŕ ţö šţáŕţ áĝáîñ öŕ Ûñðö ţö ŕéɱöṽé ţĥé ļášţ ļîñé.‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>SigningFlow</name>
        <message>
            <source>Summary of your choices</source>
            <translation>‏[‮Šûɱɱáŕý öƒ ýöûŕ çĥöîçéš‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Please read it all. Then tick the box under it if it is correct.</source>
            <translation>‏[‮Þļéášé ŕéáð îţ áļļ. Ţĥéñ ţîçķ ţĥé ƀöẋ ûñðéŕ îţ îƒ îţ îš çöŕŕéçţ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Tick this once you have read the summary and it is correct</source>
            <translation>‏[‮Ţîçķ ţĥîš öñçé ýöû ĥáṽé ŕéáð ţĥé šûɱɱáŕý áñð îţ îš çöŕŕéçţ‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Go on to sign ›</source>
            <translation>‏[‮Ĝö öñ ţö šîĝñ ›‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Go on to sign</source>
            <translation>‏[‮Ĝö öñ ţö šîĝñ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>To the page where you sign</source>
            <translation>‏[‮Ţö ţĥé þáĝé ŵĥéŕé ýöû šîĝñ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Something here is &amp;wrong</source>
            <translation>‏[‮Šöɱéţĥîñĝ ĥéŕé îš &amp;wŕöñĝ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Say what is wrong; your social worker changes it with you</source>
            <translation>‏[‮Šáý ŵĥáţ îš ŵŕöñĝ; ýöûŕ šöçîáļ ŵöŕķéŕ çĥáñĝéš îţ ŵîţĥ ýöû‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Which part is wrong?</source>
            <translation>‏[‮Ŵĥîçĥ þáŕţ îš ŵŕöñĝ?‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Choose the part, then give the laptop back to your social worker and tell them what is wrong. They will change it with you, and you will check it and sign again.</source>
            <translation>‏[‮Çĥööšé ţĥé þáŕţ, ţĥéñ ĝîṽé ţĥé ļáþţöþ ƀáçķ ţö ýöûŕ šöçîáļ ŵöŕķéŕ áñð ţéļļ ţĥéɱ ŵĥáţ îš ŵŕöñĝ. Ţĥéý ŵîļļ çĥáñĝé îţ ŵîţĥ ýöû, áñð ýöû ŵîļļ çĥéçķ îţ áñð šîĝñ áĝáîñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Who is giving consent, or the children</source>
            <translation>‏[‮Ŵĥö îš ĝîṽîñĝ çöñšéñţ, öŕ ţĥé çĥîļðŕéñ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Sharing information with agencies</source>
            <translation>‏[‮Šĥáŕîñĝ îñƒöŕɱáţîöñ ŵîţĥ áĝéñçîéš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Asking agencies for information</source>
            <translation>‏[‮Åšķîñĝ áĝéñçîéš ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Documents or research</source>
            <translation>‏[‮Ðöçûɱéñţš öŕ ŕéšéáŕçĥ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>A young person's own answers</source>
            <translation>‏[‮Å ýöûñĝ þéŕšöñ'š öŵñ áñšŵéŕš‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>‏[‮Šöɱéţĥîñĝ éļšé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The laptop goes back to your social worker</source>
            <translation>‏[‮Ţĥé ļáþţöþ ĝöéš ƀáçķ ţö ýöûŕ šöçîáļ ŵöŕķéŕ‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>‹ No, it is right: back to checking</source>
            <translation>‏[‮‹ Ñö, îţ îš ŕîĝĥţ: ƀáçķ ţö çĥéçķîñĝ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Back to the table to check</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ţáƀļé ţö çĥéçķ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>‹ Back to the summary</source>
            <translation>‏[‮‹ Ɓáçķ ţö ţĥé šûɱɱáŕý‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Back to the summary</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé šûɱɱáŕý‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Read the summary again</source>
            <translation>‏[‮Ŕéáð ţĥé šûɱɱáŕý áĝáîñ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Sign ✓</source>
            <translation>‏[‮Šîĝñ ✓‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>‏[‮Šîĝñ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Sign with what is drawn in the box, or the name typed</source>
            <translation>‏[‮Šîĝñ ŵîţĥ ŵĥáţ îš ðŕáŵñ îñ ţĥé ƀöẋ, öŕ ţĥé ñáɱé ţýþéð‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>‏[‮Ţĥáñķ ýöû‬ ‮····‬]</translation>
        </message>
        <message>
            <source>To sign with the keyboard, press Tab for “Sign by typing your name”.</source>
            <translation>‏[‮Ţö šîĝñ ŵîţĥ ţĥé ķéýƀöáŕð, þŕéšš Ţáƀ ƒöŕ “Šîĝñ ƀý ţýþîñĝ ýöûŕ ñáɱé”.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Please read the summary, then tick the box to say it is correct.</source>
            <translation>‏[‮Þļéášé ŕéáð ţĥé šûɱɱáŕý, ţĥéñ ţîçķ ţĥé ƀöẋ ţö šáý îţ îš çöŕŕéçţ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Everyone has checked and signed. Please give the laptop back to %s, your social worker.</source>
            <translation>‏[‮Éṽéŕýöñé ĥáš çĥéçķéð áñð šîĝñéð. Þļéášé ĝîṽé ţĥé ļáþţöþ ƀáçķ ţö‬ %s‮, ýöûŕ šöçîáļ ŵöŕķéŕ.‬ ‮····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%s, please check your choices</source>
            <translation>‏[%s‮, þļéášé çĥéçķ ýöûŕ çĥöîçéš‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>I confirm the summary is correct</source>
            <translation>‏[‮Î çöñƒîŕɱ ţĥé šûɱɱáŕý îš çöŕŕéçţ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%s, these are your own answers</source>
            <translation>‏[%s‮, ţĥéšé áŕé ýöûŕ öŵñ áñšŵéŕš‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>I have read them. These are my own answers.</source>
            <translation>‏[‮Î ĥáṽé ŕéáð ţĥéɱ. Ţĥéšé áŕé ɱý öŵñ áñšŵéŕš.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%s, please sign below</source>
            <translation>‏[%s‮, þļéášé šîĝñ ƀéļöŵ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Sign with your finger, a pen or the mouse. Use Clear to start again. To sign with the keyboard, choose “Sign by typing your name”.</source>
            <translation>‏[‮Šîĝñ ŵîţĥ ýöûŕ ƒîñĝéŕ, á þéñ öŕ ţĥé ɱöûšé. Ûšé Çļéáŕ ţö šţáŕţ áĝáîñ. Ţö šîĝñ ŵîţĥ ţĥé ķéýƀöáŕð, çĥööšé “Šîĝñ ƀý ţýþîñĝ ýöûŕ ñáɱé”.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>By signing, I, %1, confirm that I interpreted the leaflet and the family's choices on this form into %2, and the family's answers are as they gave them.</source>
            <translation>‏[‮Ɓý šîĝñîñĝ, Î,‬ %1‮, çöñƒîŕɱ ţĥáţ Î îñţéŕþŕéţéð ţĥé ļéáƒļéţ áñð ţĥé ƒáɱîļý'š çĥöîçéš öñ ţĥîš ƒöŕɱ îñţö‬ %2‮, áñð ţĥé ƒáɱîļý'š áñšŵéŕš áŕé áš ţĥéý ĝáṽé ţĥéɱ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>no children</source>
            <translation>‏[‮ñö çĥîļðŕéñ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>You are %1 (%2). This form is about: %3.</source>
            <translation>‏[‮Ýöû áŕé‬ %1 ‮(‬%2‮). Ţĥîš ƒöŕɱ îš áƀöûţ:‬ %3‮.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%1 (%2) is giving consent. This form is about: %3.</source>
            <translation>‏[%1 ‮(‬%2‮) îš ĝîṽîñĝ çöñšéñţ. Ţĥîš ƒöŕɱ îš áƀöûţ:‬ %3‮.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This is parental consent: you have parental responsibility for the children.</source>
            <translation>‏[‮Ţĥîš îš þáŕéñţáļ çöñšéñţ: ýöû ĥáṽé þáŕéñţáļ ŕéšþöñšîƀîļîţý ƒöŕ ţĥé çĥîļðŕéñ.‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>This is parental consent: %1 has parental responsibility for the children.</source>
            <translation>‏[‮Ţĥîš îš þáŕéñţáļ çöñšéñţ:‬ %1 ‮ĥáš þáŕéñţáļ ŕéšþöñšîƀîļîţý ƒöŕ ţĥé çĥîļðŕéñ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>This is a young person's consent: you give it for yourself.</source>
            <translation>‏[‮Ţĥîš îš á ýöûñĝ þéŕšöñ'š çöñšéñţ: ýöû ĝîṽé îţ ƒöŕ ýöûŕšéļƒ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>This is a young person's consent: %1 gives it for themselves.</source>
            <translation>‏[‮Ţĥîš îš á ýöûñĝ þéŕšöñ'š çöñšéñţ:‬ %1 ‮ĝîṽéš îţ ƒöŕ ţĥéɱšéļṽéš.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>You agree CSSW may share information with:</source>
            <translation>‏[‮Ýöû áĝŕéé ÇŠŠŴ ɱáý šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ:‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>%1 agrees CSSW may share information with:</source>
            <translation>‏[%1 ‮áĝŕééš ÇŠŠŴ ɱáý šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ:‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>You do not agree to CSSW sharing information with:</source>
            <translation>‏[‮Ýöû ðö ñöţ áĝŕéé ţö ÇŠŠŴ šĥáŕîñĝ îñƒöŕɱáţîöñ ŵîţĥ:‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%1 does not agree to CSSW sharing information with:</source>
            <translation>‏[%1 ‮ðöéš ñöţ áĝŕéé ţö ÇŠŠŴ šĥáŕîñĝ îñƒöŕɱáţîöñ ŵîţĥ:‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>You agree CSSW may ask these agencies for information:</source>
            <translation>‏[‮Ýöû áĝŕéé ÇŠŠŴ ɱáý ášķ ţĥéšé áĝéñçîéš ƒöŕ îñƒöŕɱáţîöñ:‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>%1 agrees CSSW may ask these agencies for information:</source>
            <translation>‏[%1 ‮áĝŕééš ÇŠŠŴ ɱáý ášķ ţĥéšé áĝéñçîéš ƒöŕ îñƒöŕɱáţîöñ:‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>You do not agree to CSSW asking these agencies for information:</source>
            <translation>‏[‮Ýöû ðö ñöţ áĝŕéé ţö ÇŠŠŴ ášķîñĝ ţĥéšé áĝéñçîéš ƒöŕ îñƒöŕɱáţîöñ:‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%1 does not agree to CSSW asking these agencies for information:</source>
            <translation>‏[%1 ‮ðöéš ñöţ áĝŕéé ţö ÇŠŠŴ ášķîñĝ ţĥéšé áĝéñçîéš ƒöŕ îñƒöŕɱáţîöñ:‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>You agree CSSW may give copies of these documents to other agencies:</source>
            <translation>‏[‮Ýöû áĝŕéé ÇŠŠŴ ɱáý ĝîṽé çöþîéš öƒ ţĥéšé ðöçûɱéñţš ţö öţĥéŕ áĝéñçîéš:‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%1 agrees CSSW may give copies of these documents to other agencies:</source>
            <translation>‏[%1 ‮áĝŕééš ÇŠŠŴ ɱáý ĝîṽé çöþîéš öƒ ţĥéšé ðöçûɱéñţš ţö öţĥéŕ áĝéñçîéš:‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>You do not agree to CSSW giving copies of these documents to other agencies:</source>
            <translation>‏[‮Ýöû ðö ñöţ áĝŕéé ţö ÇŠŠŴ ĝîṽîñĝ çöþîéš öƒ ţĥéšé ðöçûɱéñţš ţö öţĥéŕ áĝéñçîéš:‬ ‮····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%1 does not agree to CSSW giving copies of these documents to other agencies:</source>
            <translation>‏[%1 ‮ðöéš ñöţ áĝŕéé ţö ÇŠŠŴ ĝîṽîñĝ çöþîéš öƒ ţĥéšé ðöçûɱéñţš ţö öţĥéŕ áĝéñçîéš:‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>You agree CSSW may share your information, anonymously, for research.</source>
            <translation>‏[‮Ýöû áĝŕéé ÇŠŠŴ ɱáý šĥáŕé ýöûŕ îñƒöŕɱáţîöñ, áñöñýɱöûšļý, ƒöŕ ŕéšéáŕçĥ.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%1 agrees CSSW may share the family's information, anonymously, for research.</source>
            <translation>‏[%1 ‮áĝŕééš ÇŠŠŴ ɱáý šĥáŕé ţĥé ƒáɱîļý'š îñƒöŕɱáţîöñ, áñöñýɱöûšļý, ƒöŕ ŕéšéáŕçĥ.‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>You do not agree to CSSW sharing your information for research, even anonymously.</source>
            <translation>‏[‮Ýöû ðö ñöţ áĝŕéé ţö ÇŠŠŴ šĥáŕîñĝ ýöûŕ îñƒöŕɱáţîöñ ƒöŕ ŕéšéáŕçĥ, éṽéñ áñöñýɱöûšļý.‬ ‮····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%1 does not agree to CSSW sharing the family's information for research, even anonymously.</source>
            <translation>‏[%1 ‮ðöéš ñöţ áĝŕéé ţö ÇŠŠŴ šĥáŕîñĝ ţĥé ƒáɱîļý'š îñƒöŕɱáţîöñ ƒöŕ ŕéšéáŕçĥ, éṽéñ áñöñýɱöûšļý.‬ ‮····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%1 agrees to these choices for themselves.</source>
            <translation>‏[%1 ‮áĝŕééš ţö ţĥéšé çĥöîçéš ƒöŕ ţĥéɱšéļṽéš.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%1 does not agree to these choices for themselves.</source>
            <translation>‏[%1 ‮ðöéš ñöţ áĝŕéé ţö ţĥéšé çĥöîçéš ƒöŕ ţĥéɱšéļṽéš.‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%1 was not asked for their own consent.</source>
            <translation>‏[%1 ‮ŵáš ñöţ ášķéð ƒöŕ ţĥéîŕ öŵñ çöñšéñţ.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>An interpreter, %1, helped, in %2.</source>
            <translation>‏[‮Åñ îñţéŕþŕéţéŕ,‬ %1‮, ĥéļþéð, îñ‬ %2‮.‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>An interpreter helped, in %1.</source>
            <translation>‏[‮Åñ îñţéŕþŕéţéŕ ĥéļþéð, îñ‬ %1‮.‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Yes to sharing with %1</source>
            <translation>‏[‮Ýéš ţö šĥáŕîñĝ ŵîţĥ‬ %1 ‮····· ···‬]</translation>
        </message>
        <message>
            <source>No to sharing with %1</source>
            <translation>‏[‮Ñö ţö šĥáŕîñĝ ŵîţĥ‬ %1 ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Yes to asking %1 for information</source>
            <translation>‏[‮Ýéš ţö ášķîñĝ‬ %1 ‮ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>No to asking %1 for information</source>
            <translation>‏[‮Ñö ţö ášķîñĝ‬ %1 ‮ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Yes to copies of %1</source>
            <translation>‏[‮Ýéš ţö çöþîéš öƒ‬ %1 ‮····· ··‬]</translation>
        </message>
        <message>
            <source>No to copies of %1</source>
            <translation>‏[‮Ñö ţö çöþîéš öƒ‬ %1 ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Yes to research</source>
            <translation>‏[‮Ýéš ţö ŕéšéáŕçĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>No to research</source>
            <translation>‏[‮Ñö ţö ŕéšéáŕçĥ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%1 has not given all their own answers.</source>
            <translation>‏[%1 ‮ĥáš ñöţ ĝîṽéñ áļļ ţĥéîŕ öŵñ áñšŵéŕš.‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%1 gave their own answers: the same as %2's.</source>
            <translation>‏[%1 ‮ĝáṽé ţĥéîŕ öŵñ áñšŵéŕš: ţĥé šáɱé áš‬ %2‮'š.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%1 gave their own answers. Where they differ from %2's, %1 said:</source>
            <translation>‏[%1 ‮ĝáṽé ţĥéîŕ öŵñ áñšŵéŕš. Ŵĥéŕé ţĥéý ðîƒƒéŕ ƒŕöɱ‬ %2‮'š,‬ %1 ‮šáîð:‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Sending to central…</source>
            <translation>‏[‮Šéñðîñĝ ţö çéñţŕáļ…‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Could not send: %s</source>
            <translation>‏[‮Çöûļð ñöţ šéñð:‬ %s ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Training: nothing is sent to central</source>
            <translation>‏[‮Ţŕáîñîñĝ: ñöţĥîñĝ îš šéñţ ţö çéñţŕáļ‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Not connected to central yet</source>
            <translation>‏[‮Ñöţ çöññéçţéð ţö çéñţŕáļ ýéţ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Nothing waiting to send</source>
            <translation>‏[‮Ñöţĥîñĝ ŵáîţîñĝ ţö šéñð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>1 waiting to send</source>
            <translation>‏[‮1 ŵáîţîñĝ ţö šéñð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>%n waiting to send</source>
            <translation>‏[%n ‮ŵáîţîñĝ ţö šéñð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>1 had a problem sending</source>
            <translation>‏[‮1 ĥáð á þŕöƀļéɱ šéñðîñĝ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>%n had a problem sending</source>
            <translation>‏[%n ‮ĥáð á þŕöƀļéɱ šéñðîñĝ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>last sent %s</source>
            <translation>‏[‮ļášţ šéñţ‬ %s ‮····‬]</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>‏[‮ñöţ šéñţ ýéţ‬ ‮·····‬]</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Sending to central</source>
            <translation>‏[‮Šéñðîñĝ ţö çéñţŕáļ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Sending progress</source>
            <translation>‏[‮Šéñðîñĝ þŕöĝŕéšš‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>How many records have been sent so far</source>
            <translation>‏[‮Ĥöŵ ɱáñý ŕéçöŕðš ĥáṽé ƀééñ šéñţ šö ƒáŕ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Sending problem</source>
            <translation>‏[‮Šéñðîñĝ þŕöƀļéɱ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Returned to you</source>
            <translation>‏[‮Ŕéţûŕñéð ţö ýöû‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Open the outbox</source>
            <translation>‏[‮Öþéñ ţĥé öûţƀöẋ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>What is waiting to send, and why (Ctrl+Shift+O)</source>
            <translation>‏[‮Ŵĥáţ îš ŵáîţîñĝ ţö šéñð, áñð ŵĥý (Çţŕļ+Šĥîƒţ+Ö)‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>‏[‮Çöññéçţîñĝ…‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Sending %d of %d</source>
            <translation>‏[‮Šéñðîñĝ‬ %d ‮öƒ‬ %d ‮·····‬]</translation>
        </message>
        <message>
            <source>Sent %d of %d</source>
            <translation>‏[‮Šéñţ‬ %d ‮öƒ‬ %d ‮····‬]</translation>
        </message>
        <message>
            <source>· 1 record returned to you</source>
            <translation>‏[‮· 1 ŕéçöŕð ŕéţûŕñéð ţö ýöû‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>· %n records returned to you</source>
            <translation>‏[‮·‬ %n ‮ŕéçöŕðš ŕéţûŕñéð ţö ýöû‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>· Not sent: %s.</source>
            <translation>‏[‮· Ñöţ šéñţ:‬ %s‮.‬ ‮····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>&amp;Sync</source>
            <translation>‏[‮&amp;Sýñç‬ ‮··‬]</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>‏[‮&amp;Sýñç ñöŵ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Send what is waiting to central now (Ctrl+Shift+S)</source>
            <translation>‏[‮Šéñð ŵĥáţ îš ŵáîţîñĝ ţö çéñţŕáļ ñöŵ (Çţŕļ+Šĥîƒţ+Š)‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>&amp;Outbox</source>
            <translation>‏[‮&amp;Oûţƀöẋ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>What is waiting to send, and what was returned</source>
            <translation>‏[‮Ŵĥáţ îš ŵáîţîñĝ ţö šéñð, áñð ŵĥáţ ŵáš ŕéţûŕñéð‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Download my caseload</source>
            <translation>‏[‮&amp;Döŵñļöáð ɱý çášéļöáð‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Bring your allocated families onto this laptop before going out</source>
            <translation>‏[‮Ɓŕîñĝ ýöûŕ áļļöçáţéð ƒáɱîļîéš öñţö ţĥîš ļáþţöþ ƀéƒöŕé ĝöîñĝ öûţ‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Connect this laptop to central…</source>
            <translation>‏[‮&amp;Cöññéçţ ţĥîš ļáþţöþ ţö çéñţŕáļ…‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Training: nothing is sent to central</source>
            <translation>‏[‮Ţŕáîñîñĝ: ñöţĥîñĝ îš šéñţ ţö çéñţŕáļ‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Team &amp;review</source>
            <translation>‏[‮Ţéáɱ &amp;réṽîéŵ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>&amp;Families</source>
            <translation>‏[‮&amp;Fáɱîļîéš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>The families list (Alt+Left from a family)</source>
            <translation>‏[‮Ţĥé ƒáɱîļîéš ļîšţ (Åļţ+Ļéƒţ ƒŕöɱ á ƒáɱîļý)‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>‏[‮Þáĝéš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Re&amp;connect this laptop to central…</source>
            <translation>‏[‮Ŕé&amp;cöññéçţ ţĥîš ļáþţöþ ţö çéñţŕáļ…‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>‏[‮Ţŕáîñîñĝ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>This is the training store: its families and records are fictional, so it is never connected to central and nothing in it is sent. To connect this laptop for real work, leave training (File menu).</source>
            <translation>‏[‮Ţĥîš îš ţĥé ţŕáîñîñĝ šţöŕé: îţš ƒáɱîļîéš áñð ŕéçöŕðš áŕé ƒîçţîöñáļ, šö îţ îš ñéṽéŕ çöññéçţéð ţö çéñţŕáļ áñð ñöţĥîñĝ îñ îţ îš šéñţ. Ţö çöññéçţ ţĥîš ļáþţöþ ƒöŕ ŕéáļ ŵöŕķ, ļéáṽé ţŕáîñîñĝ (Ƒîļé ɱéñû).‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Your team lead returned 1 record to you. See “Returned to you”.</source>
            <translation>‏[‮Ýöûŕ ţéáɱ ļéáð ŕéţûŕñéð 1 ŕéçöŕð ţö ýöû. Šéé “Ŕéţûŕñéð ţö ýöû”.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Your team lead returned %n records to you. See “Returned to you”.</source>
            <translation>‏[‮Ýöûŕ ţéáɱ ļéáð ŕéţûŕñéð‬ %n ‮ŕéçöŕðš ţö ýöû. Šéé “Ŕéţûŕñéð ţö ýöû”.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Your caseload could not be downloaded: %s</source>
            <translation>‏[‮Ýöûŕ çášéļöáð çöûļð ñöţ ƀé ðöŵñļöáðéð:‬ %s ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Your caseload is on this laptop: 1 family.</source>
            <translation>‏[‮Ýöûŕ çášéļöáð îš öñ ţĥîš ļáþţöþ: 1 ƒáɱîļý.‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Your caseload is on this laptop: %n families.</source>
            <translation>‏[‮Ýöûŕ çášéļöáð îš öñ ţĥîš ļáþţöþ:‬ %n ‮ƒáɱîļîéš.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>1 family from central was not kept: its details are not in the expected form (for example a child listed in two families). Everything else is on this laptop. Please tell IT.</source>
            <translation>‏[‮1 ƒáɱîļý ƒŕöɱ çéñţŕáļ ŵáš ñöţ ķéþţ: îţš ðéţáîļš áŕé ñöţ îñ ţĥé éẋþéçţéð ƒöŕɱ (ƒöŕ éẋáɱþļé á çĥîļð ļîšţéð îñ ţŵö ƒáɱîļîéš). Éṽéŕýţĥîñĝ éļšé îš öñ ţĥîš ļáþţöþ. Þļéášé ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%n families from central were not kept: their details are not in the expected form (for example a child listed in two families). Everything else is on this laptop. Please tell IT.</source>
            <translation>‏[%n ‮ƒáɱîļîéš ƒŕöɱ çéñţŕáļ ŵéŕé ñöţ ķéþţ: ţĥéîŕ ðéţáîļš áŕé ñöţ îñ ţĥé éẋþéçţéð ƒöŕɱ (ƒöŕ éẋáɱþļé á çĥîļð ļîšţéð îñ ţŵö ƒáɱîļîéš). Éṽéŕýţĥîñĝ éļšé îš öñ ţĥîš ļáþţöþ. Þļéášé ţéļļ ÎŢ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Download my caseload</source>
            <translation>‏[‮Ðöŵñļöáð ɱý çášéļöáð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>IT has withdrawn this laptop's access to the central system. The records on it have been removed.</source>
            <translation>‏[‮ÎŢ ĥáš ŵîţĥðŕáŵñ ţĥîš ļáþţöþ'š áççéšš ţö ţĥé çéñţŕáļ šýšţéɱ. Ţĥé ŕéçöŕðš öñ îţ ĥáṽé ƀééñ ŕéɱöṽéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Access withdrawn</source>
            <translation>‏[‮Åççéšš ŵîţĥðŕáŵñ‬ ‮····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>team lead</source>
            <translation>‏[‮ţéáɱ ļéáð‬ ‮····‬]</translation>
        </message>
        <message>
            <source>social worker</source>
            <translation>‏[‮šöçîáļ ŵöŕķéŕ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>‏[‮ûñðéŕ á ɱîñûţé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>‏[‮1 ɱîñûţé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%n minutes</source>
            <translation>‏[%n ‮ɱîñûţéš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>‏[‮1 ĥöûŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%n hours</source>
            <translation>‏[%n ‮ĥöûŕš‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Withdrawal of consent</source>
            <translation>‏[‮Ŵîţĥðŕáŵáļ öƒ çöñšéñţ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Information shared</source>
            <translation>‏[‮Îñƒöŕɱáţîöñ šĥáŕéð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>‏[‮Çöñšéñţ ƒöŕɱ‬ ‮·····‬]</translation>
        </message>
    </context>
    <context>
        <name>TeamActivity</name>
        <message>
            <source>Received from the laptop</source>
            <translation>‏[‮Ŕéçéîṽéð ƒŕöɱ ţĥé ļáþţöþ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Refused: a record about another team's family</source>
            <translation>‏[‮Ŕéƒûšéð: á ŕéçöŕð áƀöûţ áñöţĥéŕ ţéáɱ'š ƒáɱîļý‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Looked at the records waiting for review</source>
            <translation>‏[‮Ļööķéð áţ ţĥé ŕéçöŕðš ŵáîţîñĝ ƒöŕ ŕéṽîéŵ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Viewed record</source>
            <translation>‏[‮Ṽîéŵéð ŕéçöŕð‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Looked at the shares the family was not told of</source>
            <translation>‏[‮Ļööķéð áţ ţĥé šĥáŕéš ţĥé ƒáɱîļý ŵáš ñöţ ţöļð öƒ‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>‏[‮Åþþŕöṽéð‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Returned to the worker</source>
            <translation>‏[‮Ŕéţûŕñéð ţö ţĥé ŵöŕķéŕ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>‏[‮Ƒîļéð‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Could not be filed yet (central will try again)</source>
            <translation>‏[‮Çöûļð ñöţ ƀé ƒîļéð ýéţ (çéñţŕáļ ŵîļļ ţŕý áĝáîñ)‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>The returned record reached the worker's laptop</source>
            <translation>‏[‮Ţĥé ŕéţûŕñéð ŕéçöŕð ŕéáçĥéð ţĥé ŵöŕķéŕ'š ļáþţöþ‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Caseload downloaded to a laptop</source>
            <translation>‏[‮Çášéļöáð ðöŵñļöáðéð ţö á ļáþţöþ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Erased (retention)</source>
            <translation>‏[‮Éŕášéð (ŕéţéñţîöñ)‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Subject access export</source>
            <translation>‏[‮Šûƀĵéçţ áççéšš éẋþöŕţ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Laptop connected to central</source>
            <translation>‏[‮Ļáþţöþ çöññéçţéð ţö çéñţŕáļ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Laptop connection refused (wrong password)</source>
            <translation>‏[‮Ļáþţöþ çöññéçţîöñ ŕéƒûšéð (ŵŕöñĝ þáššŵöŕð)‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Laptop access withdrawn</source>
            <translation>‏[‮Ļáþţöþ áççéšš ŵîţĥðŕáŵñ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Worker added</source>
            <translation>‏[‮Ŵöŕķéŕ áððéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Enrollment code issued</source>
            <translation>‏[‮Éñŕöļļɱéñţ çöðé îššûéð‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Team created</source>
            <translation>‏[‮Ţéáɱ çŕéáţéð‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Families imported from the case system</source>
            <translation>‏[‮Ƒáɱîļîéš îɱþöŕţéð ƒŕöɱ ţĥé çášé šýšţéɱ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Case type or case dates changed</source>
            <translation>‏[‮Çášé ţýþé öŕ çášé ðáţéš çĥáñĝéð‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Keep-until date changed</source>
            <translation>‏[‮Ķééþ-ûñţîļ ðáţé çĥáñĝéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Family details erased (retention)</source>
            <translation>‏[‮Ƒáɱîļý ðéţáîļš éŕášéð (ŕéţéñţîöñ)‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Too many laptop connection attempts: refused for a while</source>
            <translation>‏[‮Ţöö ɱáñý ļáþţöþ çöññéçţîöñ áţţéɱþţš: ŕéƒûšéð ƒöŕ á ŵĥîļé‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>(1 family)</source>
            <translation>‏[‮(1 ƒáɱîļý)‬ ‮····‬]</translation>
        </message>
        <message>
            <source>(%n families)</source>
            <translation>‏[‮(‬%n ‮ƒáɱîļîéš)‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>(1 share)</source>
            <translation>‏[‮(1 šĥáŕé)‬ ‮····‬]</translation>
        </message>
        <message>
            <source>(%n shares)</source>
            <translation>‏[‮(‬%n ‮šĥáŕéš)‬ ‮····‬]</translation>
        </message>
        <message>
            <source>(1 record)</source>
            <translation>‏[‮(1 ŕéçöŕð)‬ ‮····‬]</translation>
        </message>
        <message>
            <source>(%n records)</source>
            <translation>‏[‮(‬%n ‮ŕéçöŕðš)‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%s's laptop (%s)</source>
            <translation>‏[%s‮'š ļáþţöþ (‬%s‮)‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>A laptop</source>
            <translation>‏[‮Å ļáþţöþ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>IT (central)</source>
            <translation>‏[‮ÎŢ (çéñţŕáļ)‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>A worker no longer at central</source>
            <translation>‏[‮Å ŵöŕķéŕ ñö ļöñĝéŕ áţ çéñţŕáļ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Record %s</source>
            <translation>‏[‮Ŕéçöŕð‬ %s ‮···‬]</translation>
        </message>
        <message>
            <source>Record %s, version %d</source>
            <translation>‏[‮Ŕéçöŕð‬ %s‮, ṽéŕšîöñ‬ %d ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Not connected to central. Open the team review first, then try again.</source>
            <translation>‏[‮Ñöţ çöññéçţéð ţö çéñţŕáļ. Öþéñ ţĥé ţéáɱ ŕéṽîéŵ ƒîŕšţ, ţĥéñ ţŕý áĝáîñ.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>TeamActivityModel</name>
        <message>
            <source>When</source>
            <translation>‏[‮Ŵĥéñ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>‏[‮Ŵĥö‬ ‮··‬]</translation>
        </message>
        <message>
            <source>What</source>
            <translation>‏[‮Ŵĥáţ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>‏[‮Ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>‏[‮Ŕéçöŕð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>%s family</source>
            <translation>‏[%s ‮ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Not known on this laptop</source>
            <translation>‏[‮Ñöţ ķñöŵñ öñ ţĥîš ļáþţöþ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>‏[‮ñöñé‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>TeamActivityPage</name>
        <message>
            <source>Team activity</source>
            <translation>‏[‮Ţéáɱ áçţîṽîţý‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>‏[‮&amp;Réƒŕéšĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Ask central again</source>
            <translation>‏[‮Åšķ çéñţŕáļ áĝáîñ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Back to review</source>
            <translation>‏[‮&amp;Báçķ ţö ŕéṽîéŵ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Back to the team review page</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ţéáɱ ŕéṽîéŵ þáĝé‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Everything done at central with your team's records: who looked at, approved, returned, filed or erased which record, and when. Newest first. Nothing here can be changed.</source>
            <translation>‏[‮Éṽéŕýţĥîñĝ ðöñé áţ çéñţŕáļ ŵîţĥ ýöûŕ ţéáɱ'š ŕéçöŕðš: ŵĥö ļööķéð áţ, áþþŕöṽéð, ŕéţûŕñéð, ƒîļéð öŕ éŕášéð ŵĥîçĥ ŕéçöŕð, áñð ŵĥéñ. Ñéŵéšţ ƒîŕšţ. Ñöţĥîñĝ ĥéŕé çáñ ƀé çĥáñĝéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Team activity status</source>
            <translation>‏[‮Ţéáɱ áçţîṽîţý šţáţûš‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>‏[‮Þŕöƀļéɱ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Who did what with your team's records at central, newest first</source>
            <translation>‏[‮Ŵĥö ðîð ŵĥáţ ŵîţĥ ýöûŕ ţéáɱ'š ŕéçöŕðš áţ çéñţŕáļ, ñéŵéšţ ƒîŕšţ‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Nothing has been recorded for your team yet.</source>
            <translation>‏[‮Ñöţĥîñĝ ĥáš ƀééñ ŕéçöŕðéð ƒöŕ ýöûŕ ţéáɱ ýéţ.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Show &amp;older</source>
            <translation>‏[‮Šĥöŵ &amp;oļðéŕ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Add older entries below these</source>
            <translation>‏[‮Åðð öļðéŕ éñţŕîéš ƀéļöŵ ţĥéšé‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Asking central…</source>
            <translation>‏[‮Åšķîñĝ çéñţŕáļ…‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>As central had it at %s.</source>
            <translation>‏[‮Åš çéñţŕáļ ĥáð îţ áţ‬ %s‮.‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>What is shown below may be out of date.</source>
            <translation>‏[‮Ŵĥáţ îš šĥöŵñ ƀéļöŵ ɱáý ƀé öûţ öƒ ðáţé.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>TrainingBanner</name>
        <message>
            <source>TRAINING — not a real record</source>
            <translation>‏[‮ŢŔÅÎÑÎÑĜ — ñöţ á ŕéáļ ŕéçöŕð‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>This is the training store: the families in it are fictional, nothing here is a real record, and nothing is ever sent to central.</source>
            <translation>‏[‮Ţĥîš îš ţĥé ţŕáîñîñĝ šţöŕé: ţĥé ƒáɱîļîéš îñ îţ áŕé ƒîçţîöñáļ, ñöţĥîñĝ ĥéŕé îš á ŕéáļ ŕéçöŕð, áñð ñöţĥîñĝ îš éṽéŕ šéñţ ţö çéñţŕáļ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>TrainingMarker</name>
        <message>
            <source>TRAINING</source>
            <translation>‏[‮ŢŔÅÎÑÎÑĜ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>‏[%1 ‮—‬ %2 ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>TypedNamePanel</name>
        <message>
            <source>Typing your full name here counts as your signature. The signed form will say that it was typed.</source>
            <translation>‏[‮Ţýþîñĝ ýöûŕ ƒûļļ ñáɱé ĥéŕé çöûñţš áš ýöûŕ šîĝñáţûŕé. Ţĥé šîĝñéð ƒöŕɱ ŵîļļ šáý ţĥáţ îţ ŵáš ţýþéð.‬ ‮····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Your &amp;full name:</source>
            <translation>‏[‮Ýöûŕ &amp;fûļļ ñáɱé:‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Your full name, as your signature</source>
            <translation>‏[‮Ýöûŕ ƒûļļ ñáɱé, áš ýöûŕ šîĝñáţûŕé‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Type your full name and press Enter to sign. It counts as your signature.</source>
            <translation>‏[‮Ţýþé ýöûŕ ƒûļļ ñáɱé áñð þŕéšš Éñţéŕ ţö šîĝñ. Îţ çöûñţš áš ýöûŕ šîĝñáţûŕé.‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Please type your full name.</source>
            <translation>‏[‮Þļéášé ţýþé ýöûŕ ƒûļļ ñáɱé.‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Please type your full name as it is shown: %s.</source>
            <translation>‏[‮Þļéášé ţýþé ýöûŕ ƒûļļ ñáɱé áš îţ îš šĥöŵñ:‬ %s‮.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Locked</source>
            <translation>‏[‮Ļöçķéð‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Type your passphrase to unlock.</source>
            <translation>‏[‮Ţýþé ýöûŕ þáššþĥŕášé ţö ûñļöçķ.‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>‏[‮Þáššþĥŕášé‬ ‮····‬]</translation>
        </message>
        <message>
            <source>The passphrase you chose for this laptop. Press Enter to unlock.</source>
            <translation>‏[‮Ţĥé þáššþĥŕášé ýöû çĥöšé ƒöŕ ţĥîš ļáþţöþ. Þŕéšš Éñţéŕ ţö ûñļöçķ.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>‏[‮&amp;Páššþĥŕášé:‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>‏[‮&amp;Uñļöçķ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>‏[‮Ûñļöçķ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Open the families' information with the passphrase typed</source>
            <translation>‏[‮Öþéñ ţĥé ƒáɱîļîéš' îñƒöŕɱáţîöñ ŵîţĥ ţĥé þáššþĥŕášé ţýþéð‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Restore from the backup</source>
            <translation>‏[‮Ŕéšţöŕé ƒŕöɱ ţĥé ƀáçķûþ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>&amp;Restore into a new store</source>
            <translation>‏[‮&amp;Réšţöŕé îñţö á ñéŵ šţöŕé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Restore into a new store</source>
            <translation>‏[‮Ŕéšţöŕé îñţö á ñéŵ šţöŕé‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Make a new store from the backup with the passphrase typed above; the damaged store is kept aside, never deleted</source>
            <translation>‏[‮Ṁáķé á ñéŵ šţöŕé ƒŕöɱ ţĥé ƀáçķûþ ŵîţĥ ţĥé þáššþĥŕášé ţýþéð áƀöṽé; ţĥé ðáɱáĝéð šţöŕé îš ķéþţ ášîðé, ñéṽéŕ ðéļéţéð‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>1 sealed record not yet sent is</source>
            <translation>‏[‮1 šéáļéð ŕéçöŕð ñöţ ýéţ šéñţ îš‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%n sealed records not yet sent are</source>
            <translation>‏[%n ‮šéáļéð ŕéçöŕðš ñöţ ýéţ šéñţ áŕé‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Your store is damaged. %1 safe in the backup made at %2. Restore them into a new store? The damaged store is kept aside, never deleted. Type your passphrase above, then press Restore.</source>
            <translation>‏[‮Ýöûŕ šţöŕé îš ðáɱáĝéð.‬ %1 ‮šáƒé îñ ţĥé ƀáçķûþ ɱáðé áţ‬ %2‮. Ŕéšţöŕé ţĥéɱ îñţö á ñéŵ šţöŕé? Ţĥé ðáɱáĝéð šţöŕé îš ķéþţ ášîðé, ñéṽéŕ ðéļéţéð. Ţýþé ýöûŕ þáššþĥŕášé áƀöṽé, ţĥéñ þŕéšš Ŕéšţöŕé.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Type your passphrase, then press Restore.</source>
            <translation>‏[‮Ţýþé ýöûŕ þáššþĥŕášé, ţĥéñ þŕéšš Ŕéšţöŕé.‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>‏[‮Ûñļöçķîñĝ…‬ ‮····‬]</translation>
        </message>
    </context>
    <context>
        <name>UntoldShares</name>
        <message>
            <source>No date recorded — decide now</source>
            <translation>‏[‮Ñö ðáţé ŕéçöŕðéð — ðéçîðé ñöŵ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>%s — overdue by %s</source>
            <translation>‏[%s ‮— öṽéŕðûé ƀý‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>‏[‮1 ðáý‬ ‮··‬]</translation>
        </message>
        <message>
            <source>%n days</source>
            <translation>‏[%n ‮ðáýš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>%s — due today</source>
            <translation>‏[%s ‮— ðûé ţöðáý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>%s — in %s</source>
            <translation>‏[%s ‮— îñ‬ %s ‮···‬]</translation>
        </message>
    </context>
    <context>
        <name>UntoldSharesModel</name>
        <message>
            <source>Family</source>
            <translation>‏[‮Ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Decide about telling them by</source>
            <translation>‏[‮Ðéçîðé áƀöûţ ţéļļîñĝ ţĥéɱ ƀý‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>‏[‮Çášé ŕéƒéŕéñçé‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>‏[‮Ŵöŕķéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>‏[‮Šĥáŕéð ŵîţĥ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Shared on</source>
            <translation>‏[‮Šĥáŕéð öñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Why without consent, and why the family was not told</source>
            <translation>‏[‮Ŵĥý ŵîţĥöûţ çöñšéñţ, áñð ŵĥý ţĥé ƒáɱîļý ŵáš ñöţ ţöļð‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%s family</source>
            <translation>‏[%s ‮ƒáɱîļý‬ ‮···‬]</translation>
        </message>
        <message>
            <source>None</source>
            <translation>‏[‮Ñöñé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Shared without consent: %s
Not told: %s</source>
            <translation>‏[‮Šĥáŕéð ŵîţĥöûţ çöñšéñţ:‬ %s
‮Ñöţ ţöļð:‬ %s ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>no reason recorded</source>
            <translation>‏[‮ñö ŕéášöñ ŕéçöŕðéð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>‏[‮ñöñé‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>UntoldSharesPanel</name>
        <message>
            <source>Shares the family has not been told of</source>
            <translation>‏[‮Šĥáŕéš ţĥé ƒáɱîļý ĥáš ñöţ ƀééñ ţöļð öƒ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Your team shared these families' information without consent and did not tell the family, because telling them might put a child at risk. Decide by each date whether the family can now be told, and tell the worker. Soonest first.</source>
            <translation>‏[‮Ýöûŕ ţéáɱ šĥáŕéð ţĥéšé ƒáɱîļîéš' îñƒöŕɱáţîöñ ŵîţĥöûţ çöñšéñţ áñð ðîð ñöţ ţéļļ ţĥé ƒáɱîļý, ƀéçáûšé ţéļļîñĝ ţĥéɱ ɱîĝĥţ þûţ á çĥîļð áţ ŕîšķ. Ðéçîðé ƀý éáçĥ ðáţé ŵĥéţĥéŕ ţĥé ƒáɱîļý çáñ ñöŵ ƀé ţöļð, áñð ţéļļ ţĥé ŵöŕķéŕ. Šööñéšţ ƒîŕšţ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Shares not told status</source>
            <translation>‏[‮Šĥáŕéš ñöţ ţöļð šţáţûš‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>‏[‮Þŕöƀļéɱ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Each share without consent the family was not told of, soonest date first</source>
            <translation>‏[‮Éáçĥ šĥáŕé ŵîţĥöûţ çöñšéñţ ţĥé ƒáɱîļý ŵáš ñöţ ţöļð öƒ, šööñéšţ ðáţé ƒîŕšţ‬ ‮····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>The share chosen</source>
            <translation>‏[‮Ţĥé šĥáŕé çĥöšéñ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Asking central…</source>
            <translation>‏[‮Åšķîñĝ çéñţŕáļ…‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>No share without consent is waiting on a decision to tell the family.</source>
            <translation>‏[‮Ñö šĥáŕé ŵîţĥöûţ çöñšéñţ îš ŵáîţîñĝ öñ á ðéçîšîöñ ţö ţéļļ ţĥé ƒáɱîļý.‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>1 share is waiting on a decision to tell the family.</source>
            <translation>‏[‮1 šĥáŕé îš ŵáîţîñĝ öñ á ðéçîšîöñ ţö ţéļļ ţĥé ƒáɱîļý.‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%n shares are waiting on a decision to tell the family.</source>
            <translation>‏[%n ‮šĥáŕéš áŕé ŵáîţîñĝ öñ á ðéçîšîöñ ţö ţéļļ ţĥé ƒáɱîļý.‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>1 is due or overdue.</source>
            <translation>‏[‮1 îš ðûé öŕ öṽéŕðûé.‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>%n are due or overdue.</source>
            <translation>‏[%n ‮áŕé ðûé öŕ öṽéŕðûé.‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>What is shown below may be out of date.</source>
            <translation>‏[‮Ŵĥáţ îš šĥöŵñ ƀéļöŵ ɱáý ƀé öûţ öƒ ðáţé.‬ ‮····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>VisitLauncher</name>
        <message>
            <source>The leaflet in that language cannot be read.</source>
            <translation>‏[‮Ţĥé ļéáƒļéţ îñ ţĥáţ ļáñĝûáĝé çáññöţ ƀé ŕéáð.‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>The saved visit could not be read: %s</source>
            <translation>‏[‮Ţĥé šáṽéð ṽîšîţ çöûļð ñöţ ƀé ŕéáð:‬ %s ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>This visit's language (%s) cannot be shown.</source>
            <translation>‏[‮Ţĥîš ṽîšîţ'š ļáñĝûáĝé (‬%s‮) çáññöţ ƀé šĥöŵñ.‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The council's leaflet has changed since this visit began. Please go through it again with the family. Their answers are kept; they sign again.</source>
            <translation>‏[‮Ţĥé çöûñçîļ'š ļéáƒļéţ ĥáš çĥáñĝéð šîñçé ţĥîš ṽîšîţ ƀéĝáñ. Þļéášé ĝö ţĥŕöûĝĥ îţ áĝáîñ ŵîţĥ ţĥé ƒáɱîļý. Ţĥéîŕ áñšŵéŕš áŕé ķéþţ; ţĥéý šîĝñ áĝáîñ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>The unfinished visit was discarded.</source>
            <translation>‏[‮Ţĥé ûñƒîñîšĥéð ṽîšîţ ŵáš ðîšçáŕðéð.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>That is not the worker's passphrase.</source>
            <translation>‏[‮Ţĥáţ îš ñöţ ţĥé ŵöŕķéŕ'š þáššþĥŕášé.‬ ‮····· ····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>VisitMissing</name>
        <message>
            <source>The person giving consent</source>
            <translation>‏[‮Ţĥé þéŕšöñ ĝîṽîñĝ çöñšéñţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>%1 to confirm the summary is correct</source>
            <translation>‏[%1 ‮ţö çöñƒîŕɱ ţĥé šûɱɱáŕý îš çöŕŕéçţ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%1 to confirm their own answer</source>
            <translation>‏[%1 ‮ţö çöñƒîŕɱ ţĥéîŕ öŵñ áñšŵéŕ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>%1's signature</source>
            <translation>‏[%1‮'š šîĝñáţûŕé‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>%1 again, in up to %2 characters with no hidden or control characters</source>
            <translation>‏[%1 ‮áĝáîñ, îñ ûþ ţö‬ %2 ‮çĥáŕáçţéŕš ŵîţĥ ñö ĥîððéñ öŕ çöñţŕöļ çĥáŕáçţéŕš‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>the name of the person giving consent</source>
            <translation>‏[‮ţĥé ñáɱé öƒ ţĥé þéŕšöñ ĝîṽîñĝ çöñšéñţ‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>their relationship to the children</source>
            <translation>‏[‮ţĥéîŕ ŕéļáţîöñšĥîþ ţö ţĥé çĥîļðŕéñ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>whose consent this is: parental consent or the young person's own</source>
            <translation>‏[‮ŵĥöšé çöñšéñţ ţĥîš îš: þáŕéñţáļ çöñšéñţ öŕ ţĥé ýöûñĝ þéŕšöñ'š öŵñ‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>at least one child this form covers</source>
            <translation>‏[‮áţ ļéášţ öñé çĥîļð ţĥîš ƒöŕɱ çöṽéŕš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>the interpreter's language</source>
            <translation>‏[‮ţĥé îñţéŕþŕéţéŕ'š ļáñĝûáĝé‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>the interpreter's name</source>
            <translation>‏[‮ţĥé îñţéŕþŕéţéŕ'š ñáɱé‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>‏[‮Ŕéšéáŕçĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>%1: their own answers, or not asked</source>
            <translation>‏[%1‮: ţĥéîŕ öŵñ áñšŵéŕš, öŕ ñöţ ášķéð‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%1: %2 of their own answers still to give</source>
            <translation>‏[%1‮:‬ %2 ‮öƒ ţĥéîŕ öŵñ áñšŵéŕš šţîļļ ţö ĝîṽé‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>%1: why they were not asked</source>
            <translation>‏[%1‮: ŵĥý ţĥéý ŵéŕé ñöţ ášķéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Not answered: %1</source>
            <translation>‏[‮Ñöţ áñšŵéŕéð:‬ %1 ‮····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>VisitPage</name>
        <message>
            <source>To go on, answer Yes or No for every agency. Not answered yet: %1.</source>
            <translation>‏[‮Ţö ĝö öñ, áñšŵéŕ Ýéš öŕ Ñö ƒöŕ éṽéŕý áĝéñçý. Ñöţ áñšŵéŕéð ýéţ:‬ %1‮.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>To go on, show every section of the leaflet. Not shown yet: %1.</source>
            <translation>‏[‮Ţö ĝö öñ, šĥöŵ éṽéŕý šéçţîöñ öƒ ţĥé ļéáƒļéţ. Ñöţ šĥöŵñ ýéţ:‬ %1‮.‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>To go on, fill in %1.</source>
            <translation>‏[‮Ţö ĝö öñ, ƒîļļ îñ‬ %1‮.‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>To go on, explain and tick: %1.</source>
            <translation>‏[‮Ţö ĝö öñ, éẋþļáîñ áñð ţîçķ:‬ %1‮.‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>To go on, answer Yes or No for: %1.</source>
            <translation>‏[‮Ţö ĝö öñ, áñšŵéŕ Ýéš öŕ Ñö ƒöŕ:‬ %1‮.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>To go on, record for each young person: %1.</source>
            <translation>‏[‮Ţö ĝö öñ, ŕéçöŕð ƒöŕ éáçĥ ýöûñĝ þéŕšöñ:‬ %1‮.‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Before sealing: %1.</source>
            <translation>‏[‮Ɓéƒöŕé šéáļîñĝ:‬ %1‮.‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Consent visit — %s family</source>
            <translation>‏[‮Çöñšéñţ ṽîšîţ —‬ %s ‮ƒáɱîļý‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>When the visit was last saved</source>
            <translation>‏[‮Ŵĥéñ ţĥé ṽîšîţ ŵáš ļášţ šáṽéð‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Leave the visit (it is saved)</source>
            <translation>‏[‮&amp;Léáṽé ţĥé ṽîšîţ (îţ îš šáṽéð)‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Back to the family's page. The visit is saved and can be resumed.</source>
            <translation>‏[‮Ɓáçķ ţö ţĥé ƒáɱîļý'š þáĝé. Ţĥé ṽîšîţ îš šáṽéð áñð çáñ ƀé ŕéšûɱéð.‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Which step of the visit this is</source>
            <translation>‏[‮Ŵĥîçĥ šţéþ öƒ ţĥé ṽîšîţ ţĥîš îš‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>‹ &amp;Back</source>
            <translation>‏[‮‹ &amp;Báçķ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>&amp;Next ›</source>
            <translation>‏[‮&amp;Néẋţ ›‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>‏[‮Ɓáçķ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>To the step before</source>
            <translation>‏[‮Ţö ţĥé šţéþ ƀéƒöŕé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Step %d of %d: %s</source>
            <translation>‏[‮Šţéþ‬ %d ‮öƒ‬ %d‮:‬ %s ‮·····‬]</translation>
        </message>
        <message>
            <source>&amp;Seal this record</source>
            <translation>‏[‮&amp;Séáļ ţĥîš ŕéçöŕð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Seal this record</source>
            <translation>‏[‮Šéáļ ţĥîš ŕéçöŕð‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>‏[‮Ñéẋţ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Seal the signed record: after that it cannot be changed</source>
            <translation>‏[‮Šéáļ ţĥé šîĝñéð ŕéçöŕð: áƒţéŕ ţĥáţ îţ çáññöţ ƀé çĥáñĝéð‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>To the next step, once this one is complete</source>
            <translation>‏[‮Ţö ţĥé ñéẋţ šţéþ, öñçé ţĥîš öñé îš çöɱþļéţé‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Switched off. %1</source>
            <translation>‏[‮Šŵîţçĥéð öƒƒ.‬ %1 ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Everything is done for sealing.</source>
            <translation>‏[‮Éṽéŕýţĥîñĝ îš ðöñé ƒöŕ šéáļîñĝ.‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>This step is complete: Next is on.</source>
            <translation>‏[‮Ţĥîš šţéþ îš çöɱþļéţé: Ñéẋţ îš öñ.‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Saved at %s</source>
            <translation>‏[‮Šáṽéð áţ‬ %s ‮····‬]</translation>
        </message>
        <message>
            <source>Not saved: %s</source>
            <translation>‏[‮Ñöţ šáṽéð:‬ %s ‮·····‬]</translation>
        </message>
        <message>
            <source>Sealing…</source>
            <translation>‏[‮Šéáļîñĝ…‬ ‮····‬]</translation>
        </message>
    </context>
    <context>
        <name>VisitStep</name>
        <message>
            <source>The leaflet</source>
            <translation>‏[‮Ţĥé ļéáƒļéţ‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Who is here</source>
            <translation>‏[‮Ŵĥö îš ĥéŕé‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>What has been explained</source>
            <translation>‏[‮Ŵĥáţ ĥáš ƀééñ éẋþļáîñéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Sharing information with agencies</source>
            <translation>‏[‮Šĥáŕîñĝ îñƒöŕɱáţîöñ ŵîţĥ áĝéñçîéš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Asking agencies for information</source>
            <translation>‏[‮Åšķîñĝ áĝéñçîéš ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Documents and research</source>
            <translation>‏[‮Ðöçûɱéñţš áñð ŕéšéáŕçĥ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Young people's own consent</source>
            <translation>‏[‮Ýöûñĝ þéöþļé'š öŵñ çöñšéñţ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Review, sign and seal</source>
            <translation>‏[‮Ŕéṽîéŵ, šîĝñ áñð šéáļ‬ ‮····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>WhatPanel</name>
        <message>
            <source>Stop sharing their information with</source>
            <translation>‏[‮Šţöþ šĥáŕîñĝ ţĥéîŕ îñƒöŕɱáţîöñ ŵîţĥ‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Stop approaching for their information</source>
            <translation>‏[‮Šţöþ áþþŕöáçĥîñĝ ƒöŕ ţĥéîŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Stop sharing information with</source>
            <translation>‏[‮Šţöþ šĥáŕîñĝ îñƒöŕɱáţîöñ ŵîţĥ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Stop approaching for information</source>
            <translation>‏[‮Šţöþ áþþŕöáçĥîñĝ ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Copies of documents and research</source>
            <translation>‏[‮Çöþîéš öƒ ðöçûɱéñţš áñð ŕéšéáŕçĥ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Stop copying to agencies: %s</source>
            <translation>‏[‮Šţöþ çöþýîñĝ ţö áĝéñçîéš:‬ %s ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Tick if they no longer agree to copies of this document</source>
            <translation>‏[‮Ţîçķ îƒ ţĥéý ñö ļöñĝéŕ áĝŕéé ţö çöþîéš öƒ ţĥîš ðöçûɱéñţ‬ ‮····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Stop using anonymised information for research</source>
            <translation>‏[‮Šţöþ ûšîñĝ áñöñýɱîšéð îñƒöŕɱáţîöñ ƒöŕ ŕéšéáŕçĥ‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Tick if they no longer agree to research</source>
            <translation>‏[‮Ţîçķ îƒ ţĥéý ñö ļöñĝéŕ áĝŕéé ţö ŕéšéáŕçĥ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Tick if the family no longer agrees to this for %s</source>
            <translation>‏[‮Ţîçķ îƒ ţĥé ƒáɱîļý ñö ļöñĝéŕ áĝŕééš ţö ţĥîš ƒöŕ‬ %s ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>None: nothing agreed to here.</source>
            <translation>‏[‮Ñöñé: ñöţĥîñĝ áĝŕééð ţö ĥéŕé.‬ ‮····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>WhoBox</name>
        <message>
            <source>Who is withdrawing</source>
            <translation>‏[‮Ŵĥö îš ŵîţĥðŕáŵîñĝ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The adult, for the family (parental consent)</source>
            <translation>‏[‮Ţĥé áðûļţ, ƒöŕ ţĥé ƒáɱîļý (þáŕéñţáļ çöñšéñţ)‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%s (aged %d), for their own consent</source>
            <translation>‏[%s ‮(áĝéð‬ %d‮), ƒöŕ ţĥéîŕ öŵñ çöñšéñţ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Who is withdrawing consent</source>
            <translation>‏[‮Ŵĥö îš ŵîţĥðŕáŵîñĝ çöñšéñţ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>No consent is given now.</source>
            <translation>‏[‮Ñö çöñšéñţ îš ĝîṽéñ ñöŵ.‬ ‮····· ·····‬]</translation>
        </message>
    </context>
    <context>
        <name>WhoStep</name>
        <message>
            <source>Name of person giving consent</source>
            <translation>‏[‮Ñáɱé öƒ þéŕšöñ ĝîṽîñĝ çöñšéñţ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Their full name, as they will sign. The family checks it before signing.</source>
            <translation>‏[‮Ţĥéîŕ ƒûļļ ñáɱé, áš ţĥéý ŵîļļ šîĝñ. Ţĥé ƒáɱîļý çĥéçķš îţ ƀéƒöŕé šîĝñîñĝ.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Relationship to the children</source>
            <translation>‏[‮Ŕéļáţîöñšĥîþ ţö ţĥé çĥîļðŕéñ‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>For example: Mother, Father, Grandmother</source>
            <translation>‏[‮Ƒöŕ éẋáɱþļé: Ṁöţĥéŕ, Ƒáţĥéŕ, Ĝŕáñðɱöţĥéŕ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Name of person giving consent:</source>
            <translation>‏[‮&amp;Náɱé öƒ þéŕšöñ ĝîṽîñĝ çöñšéñţ:‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Relationship to child/ren:</source>
            <translation>‏[‮&amp;Réļáţîöñšĥîþ ţö çĥîļð/ŕéñ:‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Whose consent is this?</source>
            <translation>‏[‮Ŵĥöšé çöñšéñţ îš ţĥîš?‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Parental consent — given by a person with parental responsibility</source>
            <translation>‏[‮&amp;Páŕéñţáļ çöñšéñţ — ĝîṽéñ ƀý á þéŕšöñ ŵîţĥ þáŕéñţáļ ŕéšþöñšîƀîļîţý‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>&amp;Young person's consent — given by a young person for themselves</source>
            <translation>‏[‮&amp;Yöûñĝ þéŕšöñ'š çöñšéñţ — ĝîṽéñ ƀý á ýöûñĝ þéŕšöñ ƒöŕ ţĥéɱšéļṽéš‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Whose consent this form records, as the paper form's two boxes say</source>
            <translation>‏[‮Ŵĥöšé çöñšéñţ ţĥîš ƒöŕɱ ŕéçöŕðš, áš ţĥé þáþéŕ ƒöŕɱ'š ţŵö ƀöẋéš šáý‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Children this form covers:</source>
            <translation>‏[‮Çĥîļðŕéñ ţĥîš ƒöŕɱ çöṽéŕš:‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%s, aged %d</source>
            <translation>‏[%s‮, áĝéð‬ %d ‮···‬]</translation>
        </message>
        <message>
            <source> — 13 or over: their own consent is asked too</source>
            <translation> ‏[‮— 13 öŕ öṽéŕ: ţĥéîŕ öŵñ çöñšéñţ îš ášķéð ţöö‬ ‮····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Ticked when this form is about this child</source>
            <translation>‏[‮Ţîçķéð ŵĥéñ ţĥîš ƒöŕɱ îš áƀöûţ ţĥîš çĥîļð‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>An &amp;interpreter was used</source>
            <translation>‏[‮Åñ &amp;iñţéŕþŕéţéŕ ŵáš ûšéð‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Tick if an interpreter helped; then say the language</source>
            <translation>‏[‮Ţîçķ îƒ áñ îñţéŕþŕéţéŕ ĥéļþéð; ţĥéñ šáý ţĥé ļáñĝûáĝé‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Interpreter's language</source>
            <translation>‏[‮Îñţéŕþŕéţéŕ'š ļáñĝûáĝé‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>The language the interpreter used (on once an interpreter is ticked)</source>
            <translation>‏[‮Ţĥé ļáñĝûáĝé ţĥé îñţéŕþŕéţéŕ ûšéð (öñ öñçé áñ îñţéŕþŕéţéŕ îš ţîçķéð)‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>‏[‮&amp;Láñĝûáĝé:‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Interpreter's name</source>
            <translation>‏[‮Îñţéŕþŕéţéŕ'š ñáɱé‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The interpreter's full name: they sign to confirm they interpreted</source>
            <translation>‏[‮Ţĥé îñţéŕþŕéţéŕ'š ƒûļļ ñáɱé: ţĥéý šîĝñ ţö çöñƒîŕɱ ţĥéý îñţéŕþŕéţéð‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Interpreter's na&amp;me:</source>
            <translation>‏[‮Îñţéŕþŕéţéŕ'š ñá&amp;mé:‬ ‮····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>WindowSwitch</name>
        <message>
            <source>This is the training store. Type its passphrase to unlock.</source>
            <translation>‏[‮Ţĥîš îš ţĥé ţŕáîñîñĝ šţöŕé. Ţýþé îţš þáššþĥŕášé ţö ûñļöçķ.‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Leave training</source>
            <translation>‏[‮&amp;Léáṽé ţŕáîñîñĝ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Close the training store and go back to the real one</source>
            <translation>‏[‮Çļöšé ţĥé ţŕáîñîñĝ šţöŕé áñð ĝö ƀáçķ ţö ţĥé ŕéáļ öñé‬ ‮····· ····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>&amp;Practise with training families…</source>
            <translation>‏[‮&amp;Pŕáçţîšé ŵîţĥ ţŕáîñîñĝ ƒáɱîļîéš…‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Lock this store and open the training store of fictional families</source>
            <translation>‏[‮Ļöçķ ţĥîš šţöŕé áñð öþéñ ţĥé ţŕáîñîñĝ šţöŕé öƒ ƒîçţîöñáļ ƒáɱîļîéš‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>WithFamilyPage</name>
        <message>
            <source>With the family</source>
            <translation>‏[‮Ŵîţĥ ţĥé ƒáɱîļý‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The family is using the laptop. When they hand it back, choose “Hand back to the worker” on their screen and type your passphrase.</source>
            <translation>‏[‮Ţĥé ƒáɱîļý îš ûšîñĝ ţĥé ļáþţöþ. Ŵĥéñ ţĥéý ĥáñð îţ ƀáçķ, çĥööšé “Ĥáñð ƀáçķ ţö ţĥé ŵöŕķéŕ” öñ ţĥéîŕ šçŕééñ áñð ţýþé ýöûŕ þáššþĥŕášé.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <source>Withdraw consent — %s family</source>
            <translation>‏[‮Ŵîţĥðŕáŵ çöñšéñţ —‬ %s ‮ƒáɱîļý‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>‏[‮Ŵîţĥðŕáŵ çöñšéñţ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Choose who is withdrawing, then tick each consent they no longer give. Only what they agreed to is listed. Everything else stays as agreed on the form signed on %s.</source>
            <translation>‏[‮Çĥööšé ŵĥö îš ŵîţĥðŕáŵîñĝ, ţĥéñ ţîçķ éáçĥ çöñšéñţ ţĥéý ñö ļöñĝéŕ ĝîṽé. Öñļý ŵĥáţ ţĥéý áĝŕééð ţö îš ļîšţéð. Éṽéŕýţĥîñĝ éļšé šţáýš áš áĝŕééð öñ ţĥé ƒöŕɱ šîĝñéð öñ‬ %s‮.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>What they withdraw</source>
            <translation>‏[‮Ŵĥáţ ţĥéý ŵîţĥðŕáŵ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>What this withdrawal means</source>
            <translation>‏[‮Ŵĥáţ ţĥîš ŵîţĥðŕáŵáļ ɱéáñš‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Date the family told you</source>
            <translation>‏[‮Ðáţé ţĥé ƒáɱîļý ţöļð ýöû‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Type the date as day/month/year, or press F4 for a calendar</source>
            <translation>‏[‮Ţýþé ţĥé ðáţé áš ðáý/ɱöñţĥ/ýéáŕ, öŕ þŕéšš Ƒ4 ƒöŕ á çáļéñðáŕ‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Date the family told you:</source>
            <translation>‏[‮&amp;Dáţé ţĥé ƒáɱîļý ţöļð ýöû:‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>How the family told you they withdraw</source>
            <translation>‏[‮Ĥöŵ ţĥé ƒáɱîļý ţöļð ýöû ţĥéý ŵîţĥðŕáŵ‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>How they told you:</source>
            <translation>‏[‮Ĥöŵ ţĥéý ţöļð ýöû:‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Only if the family gave one</source>
            <translation>‏[‮Öñļý îƒ ţĥé ƒáɱîļý ĝáṽé öñé‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Reason, if given</source>
            <translation>‏[‮Ŕéášöñ, îƒ ĝîṽéñ‬ ‮····· ··‬]</translation>
        </message>
        <message>
            <source>Why the family withdraws consent, only if they said. Tab moves on.</source>
            <translation>‏[‮Ŵĥý ţĥé ƒáɱîļý ŵîţĥðŕáŵš çöñšéñţ, öñļý îƒ ţĥéý šáîð. Ţáƀ ɱöṽéš öñ.‬ ‮····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>R&amp;eason, if given:</source>
            <translation>‏[‮Ŕ&amp;eášöñ, îƒ ĝîṽéñ:‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>‏[‮Ŕéçöŕðéð ƀý‬ ‮·····‬]</translation>
        </message>
        <message>
            <source>Your name, as the worker recording this</source>
            <translation>‏[‮Ýöûŕ ñáɱé, áš ţĥé ŵöŕķéŕ ŕéçöŕðîñĝ ţĥîš‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Recorded &amp;by:</source>
            <translation>‏[‮Ŕéçöŕðéð &amp;bý:‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>Family member's signature (optional)</source>
            <translation>‏[‮Ƒáɱîļý ɱéɱƀéŕ'š šîĝñáţûŕé (öþţîöñáļ)‬ ‮····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Only when the family tells you in person: they may sign to confirm this.</source>
            <translation>‏[‮Öñļý ŵĥéñ ţĥé ƒáɱîļý ţéļļš ýöû îñ þéŕšöñ: ţĥéý ɱáý šîĝñ ţö çöñƒîŕɱ ţĥîš.‬ ‮····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <translation>‏[‮Ñáɱé öƒ ţĥé þéŕšöñ šîĝñîñĝ‬ ‮····· ····· ·‬]</translation>
        </message>
        <message>
            <source>The family member who signs below, if they sign</source>
            <translation>‏[‮Ţĥé ƒáɱîļý ɱéɱƀéŕ ŵĥö šîĝñš ƀéļöŵ, îƒ ţĥéý šîĝñ‬ ‮····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>&amp;Name of the person signing:</source>
            <translation>‏[‮&amp;Náɱé öƒ ţĥé þéŕšöñ šîĝñîñĝ:‬ ‮····· ····· ··‬]</translation>
        </message>
        <message>
            <source>I &amp;confirm the family told me this</source>
            <translation>‏[‮Î &amp;cöñƒîŕɱ ţĥé ƒáɱîļý ţöļð ɱé ţĥîš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>I confirm the family told me this</source>
            <translation>‏[‮Î çöñƒîŕɱ ţĥé ƒáɱîļý ţöļð ɱé ţĥîš‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Needed to record the withdrawal: you confirm the family told you this</source>
            <translation>‏[‮Ñééðéð ţö ŕéçöŕð ţĥé ŵîţĥðŕáŵáļ: ýöû çöñƒîŕɱ ţĥé ƒáɱîļý ţöļð ýöû ţĥîš‬ ‮····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>‏[‮Þŕöƀļéɱš‬ ‮····‬]</translation>
        </message>
        <message>
            <source>&amp;Record withdrawal</source>
            <translation>‏[‮&amp;Réçöŕð ŵîţĥðŕáŵáļ‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>Record and seal the withdrawal of what is ticked</source>
            <translation>‏[‮Ŕéçöŕð áñð šéáļ ţĥé ŵîţĥðŕáŵáļ öƒ ŵĥáţ îš ţîçķéð‬ ‮····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>‏[‮Çáñçéļ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Close without recording anything</source>
            <translation>‏[‮Çļöšé ŵîţĥöûţ ŕéçöŕðîñĝ áñýţĥîñĝ‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%s's signature (optional)</source>
            <translation>‏[%s‮'š šîĝñáţûŕé (öþţîöñáļ)‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Only when they tell you in person: %s may sign to confirm this.</source>
            <translation>‏[‮Öñļý ŵĥéñ ţĥéý ţéļļ ýöû îñ þéŕšöñ:‬ %s ‮ɱáý šîĝñ ţö çöñƒîŕɱ ţĥîš.‬ ‮····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Before recording this:</source>
            <translation>‏[‮Ɓéƒöŕé ŕéçöŕðîñĝ ţĥîš:‬ ‮····· ····‬]</translation>
        </message>
    </context>
    <context>
        <name>Withdrawal</name>
        <message>
            <source>In person</source>
            <translation>‏[‮Îñ þéŕšöñ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>‏[‮Þĥöñé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>‏[‮Ļéţţéŕ‬ ‮···‬]</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>‏[‮Éɱáîļ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>‏[‮Öţĥéŕ‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>YesNo</name>
        <message>
            <source>Choose one answer; none is chosen for you</source>
            <translation>‏[‮Çĥööšé öñé áñšŵéŕ; ñöñé îš çĥöšéñ ƒöŕ ýöû‬ ‮····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>‏[‮Ýéš‬ ‮··‬]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>‏[‮Ñö‬ ‮··‬]</translation>
        </message>
    </context>
    <context>
        <name>YoungPeopleStep</name>
        <message>
            <source>No child on this form is 13 or over on %s, so no young person's own consent is needed. Go on to the next step.</source>
            <translation>‏[‮Ñö çĥîļð öñ ţĥîš ƒöŕɱ îš 13 öŕ öṽéŕ öñ‬ %s‮, šö ñö ýöûñĝ þéŕšöñ'š öŵñ çöñšéñţ îš ñééðéð. Ĝö öñ ţö ţĥé ñéẋţ šţéþ.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>These children are 13 or over on %s. Each gives their own answers, agency by agency, as the person giving consent did; they can differ. If you did not ask one of them, say why.</source>
            <translation>‏[‮Ţĥéšé çĥîļðŕéñ áŕé 13 öŕ öṽéŕ öñ‬ %s‮. Éáçĥ ĝîṽéš ţĥéîŕ öŵñ áñšŵéŕš, áĝéñçý ƀý áĝéñçý, áš ţĥé þéŕšöñ ĝîṽîñĝ çöñšéñţ ðîð; ţĥéý çáñ ðîƒƒéŕ. Îƒ ýöû ðîð ñöţ ášķ öñé öƒ ţĥéɱ, šáý ŵĥý.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>This form is a young person's own consent: for the young person giving it, choose “Same as …”, since the form's answers are theirs.</source>
            <translation>‏[‮Ţĥîš ƒöŕɱ îš á ýöûñĝ þéŕšöñ'š öŵñ çöñšéñţ: ƒöŕ ţĥé ýöûñĝ þéŕšöñ ĝîṽîñĝ îţ, çĥööšé “Šáɱé áš …”, šîñçé ţĥé ƒöŕɱ'š áñšŵéŕš áŕé ţĥéîŕš.‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>%s, aged %d</source>
            <translation>‏[%s‮, áĝéð‬ %d ‮···‬]</translation>
        </message>
    </context>
    <context>
        <name>YoungPersonBox</name>
        <message>
            <source>%s's own consent</source>
            <translation>‏[%s‮'š öŵñ çöñšéñţ‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%s gives their own answers, and will sign</source>
            <translation>‏[%s ‮ĝîṽéš ţĥéîŕ öŵñ áñšŵéŕš, áñð ŵîļļ šîĝñ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Their own consent was not asked</source>
            <translation>‏[‮Ţĥéîŕ öŵñ çöñšéñţ ŵáš ñöţ ášķéð‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Whether %s gives their own answers to every question below</source>
            <translation>‏[‮Ŵĥéţĥéŕ‬ %s ‮ĝîṽéš ţĥéîŕ öŵñ áñšŵéŕš ţö éṽéŕý ǫûéšţîöñ ƀéļöŵ‬ ‮····· ····· ····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Why their consent was not asked</source>
            <translation>‏[‮Ŵĥý ţĥéîŕ çöñšéñţ ŵáš ñöţ ášķéð‬ ‮····· ····· ···‬]</translation>
        </message>
        <message>
            <source>Why %s was not asked</source>
            <translation>‏[‮Ŵĥý‬ %s ‮ŵáš ñöţ ášķéð‬ ‮····· ···‬]</translation>
        </message>
        <message>
            <source>The reason %s's own consent was not asked, kept in the record</source>
            <translation>‏[‮Ţĥé ŕéášöñ‬ %s‮'š öŵñ çöñšéñţ ŵáš ñöţ ášķéð, ķéþţ îñ ţĥé ŕéçöŕð‬ ‮····· ····· ····· ····· ····‬]</translation>
        </message>
        <message>
            <source>Fills in every answer below with the same answer as the person giving consent; then go through them with %s and change any they want</source>
            <translation>‏[‮Ƒîļļš îñ éṽéŕý áñšŵéŕ ƀéļöŵ ŵîţĥ ţĥé šáɱé áñšŵéŕ áš ţĥé þéŕšöñ ĝîṽîñĝ çöñšéñţ; ţĥéñ ĝö ţĥŕöûĝĥ ţĥéɱ ŵîţĥ‬ %s ‮áñð çĥáñĝé áñý ţĥéý ŵáñţ‬ ‮····· ····· ····· ····· ····· ····· ····· ····· ····· ····· ··‬]</translation>
        </message>
        <message>
            <source>Share: may CSSW share information with this agency? Ask: may CSSW ask this agency for information?</source>
            <translation>‏[‮Šĥáŕé: ɱáý ÇŠŠŴ šĥáŕé îñƒöŕɱáţîöñ ŵîţĥ ţĥîš áĝéñçý? Åšķ: ɱáý ÇŠŠŴ ášķ ţĥîš áĝéñçý ƒöŕ îñƒöŕɱáţîöñ?‬ ‮····· ····· ····· ····· ····· ····· ····· ·····‬]</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>‏[‮Šĥáŕé‬ ‮··‬]</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>‏[‮Åšķ‬ ‮··‬]</translation>
        </message>
        <message>
            <source>%s: share with %s</source>
            <translation>‏[%s‮: šĥáŕé ŵîţĥ‬ %s ‮····· ·‬]</translation>
        </message>
        <message>
            <source>%s: ask %s for information</source>
            <translation>‏[%s‮: ášķ‬ %s ‮ƒöŕ îñƒöŕɱáţîöñ‬ ‮····· ····‬]</translation>
        </message>
        <message>
            <source>Copies of documents to other agencies:</source>
            <translation>‏[‮Çöþîéš öƒ ðöçûɱéñţš ţö öţĥéŕ áĝéñçîéš:‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>%s: copies of %s</source>
            <translation>‏[%s‮: çöþîéš öƒ‬ %s ‮·····‬]</translation>
        </message>
        <message>
            <source>Research (anonymised information)</source>
            <translation>‏[‮Ŕéšéáŕçĥ (áñöñýɱîšéð îñƒöŕɱáţîöñ)‬ ‮····· ····· ····‬]</translation>
        </message>
        <message>
            <source>%s: research</source>
            <translation>‏[%s‮: ŕéšéáŕçĥ‬ ‮····‬]</translation>
        </message>
        <message>
            <source>the person giving consent</source>
            <translation>‏[‮ţĥé þéŕšöñ ĝîṽîñĝ çöñšéñţ‬ ‮····· ·····‬]</translation>
        </message>
        <message>
            <source>Same as %s's answers</source>
            <translation>‏[‮Šáɱé áš‬ %s‮'š áñšŵéŕš‬ ‮····· ···‬]</translation>
        </message>
    </context>
    <context>
        <name>_Canvas</name>
        <message>
            <source>All the pages</source>
            <translation>‏[‮Åļļ ţĥé þáĝéš‬ ‮····· ·‬]</translation>
        </message>
        <message>
            <source>The pages of the form, one under another</source>
            <translation>‏[‮Ţĥé þáĝéš öƒ ţĥé ƒöŕɱ, öñé ûñðéŕ áñöţĥéŕ‬ ‮····· ····· ····· ·‬]</translation>
        </message>
        <message>
            <source>Page %d of %d</source>
            <translation>‏[‮Þáĝé‬ %d ‮öƒ‬ %d ‮····‬]</translation>
        </message>
        <message>
            <source>A picture of the page as it prints; its words are in Read as text</source>
            <translation>‏[‮Å þîçţûŕé öƒ ţĥé þáĝé áš îţ þŕîñţš; îţš ŵöŕðš áŕé îñ Ŕéáð áš ţéẋţ‬ ‮····· ····· ····· ····· ····· ·‬]</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Print a copy for the family</source>
            <translation>‏[‮Þŕîñţ á çöþý ƒöŕ ţĥé ƒáɱîļý‬ ‮····· ····· ·‬]</translation>
        </message>
    </context>
</TS>
