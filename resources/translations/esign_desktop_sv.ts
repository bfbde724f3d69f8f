<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AccountFormPage</name>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Tjänstens adress</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Egen adress</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Inloggningssätt</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Personlig åtkomsttoken</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>API-nyckel och hemlighet</translation>
    </message>
    <message>
        <source>Problems with the account details</source>
        <translation>Problem med kontouppgifterna</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Custom address:</source>
        <translation>&amp;Egen adress:</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>&amp;Inloggningssätt:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nyckel:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>&amp;Hemlighet:</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Spara kontot</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt redigeringen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Lägg till ett konto</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Redigera ”%1”</translation>
    </message>
    <message>
        <source>Production (api.gmo-exapi.net)</source>
        <translation>Produktion (api.gmo-exapi.net)</translation>
    </message>
    <message>
        <source>Production (app.assently.com)</source>
        <translation>Produktion (app.assently.com)</translation>
    </message>
    <message>
        <source>Test (test.assently.com)</source>
        <translation>Test (test.assently.com)</translation>
    </message>
    <message>
        <source>Custom address…</source>
        <translation>Egen adress…</translation>
    </message>
    <message>
        <source>“%1” is your team&apos;s account: saving joins it with this computer&apos;s own copy of its secret, kept in this computer&apos;s keyring (never in the team database).</source>
        <translation>”%1” är teamets konto: när du sparar går den här datorn med i det med en egen kopia av hemligheten, som sparas i den här datorns nyckelring (aldrig i teamdatabasen).</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>Kund-&amp;id:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;nyckel:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Unchanged (leave empty to keep the saved one)</source>
        <translation>Oförändrad (lämna tomt för att behålla den sparade)</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Needs credentials</source>
        <translation>Inloggningsuppgifter behövs</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiverat</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Ge kontot ett namn.</translation>
    </message>
    <message>
        <source>There is already an account called “%1”: choose another name.</source>
        <translation>Det finns redan ett konto som heter ”%1”: välj ett annat namn.</translation>
    </message>
    <message>
        <source>Enter the customer id.</source>
        <translation>Ange kund-id.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Ange API-nyckeln.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Ange den hemliga nyckeln.</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>Ange API-hemligheten.</translation>
    </message>
    <message>
        <source>Enter the personal access token.</source>
        <translation>Ange den personliga åtkomsttoken.</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s public address, starting with https:// (the address IT set up for esign-relay).</source>
        <translation>Ange reläets publika adress, som börjar med https:// (adressen som IT har satt upp för esign-relay).</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, starting with https://.</source>
        <translation>Ange tjänstens adress, som börjar med https://.</translation>
    </message>
    <message>
        <source>The address must be a web address starting with https://.</source>
        <translation>Adressen måste vara en webbadress som börjar med https://.</translation>
    </message>
    <message>
        <source>Use an https:// address: plain http would send your credentials unencrypted (it is allowed only for this computer: localhost, 127.0.0.1).</source>
        <translation>Använd en https://-adress: vanlig http skulle skicka dina inloggningsuppgifter okrypterade (det är bara tillåtet för den här datorn: localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Hemlig nyckel</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-hemlighet</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Personlig åtkomsttoken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>Lösenordslagring</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Lägg till ett konto</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected account</source>
        <translation>Redigera det valda kontot</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Ta bort det valda kontot</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Test the selected account&apos;s connection</source>
        <translation>Testa det valda kontots anslutning</translation>
    </message>
    <message>
        <source>Chec&amp;k account…</source>
        <translation>&amp;Kontrollera kontot…</translation>
    </message>
    <message>
        <source>Check the selected account with harmless calls and show what matched</source>
        <translation>Kontrollera det valda kontot med ofarliga anrop och visa vad som stämde</translation>
    </message>
    <message>
        <source>Makes only harmless calls (Assently: a draft that is deleted at once; GMO Sign: a lookup) and compares every answer with what this app relies on.</source>
        <translation>Gör bara ofarliga anrop (Assently: ett utkast som raderas direkt; GMO Sign: en sökning) och jämför varje svar med det som appen förutsätter.</translation>
    </message>
    <message>
        <source>Connect re&amp;lay…</source>
        <translation>Anslut &amp;relä…</translation>
    </message>
    <message>
        <source>Send the selected account&apos;s status callbacks to the office&apos;s relay</source>
        <translation>Skicka det valda kontots statusanrop till kontorets relä</translation>
    </message>
    <message>
        <source>Registers the service&apos;s status callbacks to the office&apos;s esign-relay, so that every desktop learns of signatures and completions (GMO Sign can report them no other way).</source>
        <translation>Registrerar tjänstens statusanrop till kontorets esign-relay, så att alla datorer får veta om underskrifter och slutförda ärenden (GMO Sign kan inte meddela dem på något annat sätt).</translation>
    </message>
    <message>
        <source>Disconnect rela&amp;y</source>
        <translation>Koppla &amp;från relä</translation>
    </message>
    <message>
        <source>Remove the selected account&apos;s callbacks from the relay</source>
        <translation>Ta bort det valda kontots statusanrop från reläet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close accounts</source>
        <translation>Stäng konton</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Ta bort kontot</translation>
    </message>
    <message>
        <source>Confirm removing the account</source>
        <translation>Bekräfta att kontot tas bort</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll det</translation>
    </message>
    <message>
        <source>Cancel removing the account</source>
        <translation>Avbryt borttagningen av kontot</translation>
    </message>
    <message>
        <source>Relay&apos;s p&amp;ublic address:</source>
        <translation>Reläets p&amp;ublika adress:</translation>
    </message>
    <message>
        <source>Relay&apos;s public address</source>
        <translation>Reläets publika adress</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Connect the account to the relay</source>
        <translation>Anslut kontot till reläet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Do not connect the relay</source>
        <translation>Anslut inte reläet</translation>
    </message>
    <message>
        <source>E&amp;nter secret…</source>
        <translation>Ange &amp;hemlighet…</translation>
    </message>
    <message>
        <source>Enter the selected account&apos;s secret</source>
        <translation>Ange det valda kontots hemlighet</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relä</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontots status</translation>
    </message>
    <message>
        <source>Account check report</source>
        <translation>Rapport från kontokontrollen</translation>
    </message>
    <message>
        <source>&amp;Back to accounts</source>
        <translation>&amp;Tillbaka till kontona</translation>
    </message>
    <message>
        <source>Back to the list of accounts</source>
        <translation>Tillbaka till listan över konton</translation>
    </message>
    <message>
        <source>Ready (not saved)</source>
        <translation>Klar (inte sparad)</translation>
    </message>
    <message>
        <source>Edit the account and enter its secret again.</source>
        <translation>Redigera kontot och ange dess hemlighet igen.</translation>
    </message>
    <message>
        <source>No keyring is available: the secret is kept in memory only and you will be asked for it again next time.</source>
        <translation>Ingen nyckelring finns: hemligheten hålls bara i minnet och du får ange den igen nästa gång.</translation>
    </message>
    <message>
        <source>“%1” needs its secret on this computer: until it is entered, its envelopes are not updated and nothing is sent from it.</source>
        <translation>”%1” behöver sin hemlighet på den här datorn: tills den har angetts uppdateras inte kontots ärenden och ingenting skickas från det.</translation>
    </message>
    <message>
        <source>Joined the team&apos;s account “%1”; its secret is kept in this computer&apos;s keyring.</source>
        <translation>Gick med i teamets konto ”%1”; hemligheten sparas i den här datorns nyckelring.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Lade till ”%1”.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <source>Remove “%1”? Its envelopes and unsent items are forgotten on this computer and its saved secret is deleted. Nothing is deleted at the service.</source>
        <translation>Ta bort ”%1”? Dess ärenden och osända objekt glöms bort på den här datorn och den sparade hemligheten raderas. Ingenting raderas hos tjänsten.</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Tar bort ”%1”…</translation>
    </message>
    <message>
        <source>Removing “%1”</source>
        <translation>Borttagning av ”%1”</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Tog bort ”%1”.</translation>
    </message>
    <message>
        <source>Relay: looking…</source>
        <translation>Relä: kontrollerar…</translation>
    </message>
    <message>
        <source>Relay: not connected. Status callbacks from the service do not reach the office.</source>
        <translation>Relä: inte anslutet. Tjänstens statusanrop når inte kontoret.</translation>
    </message>
    <message>
        <source>Relay: the service&apos;s status callbacks go to %1.</source>
        <translation>Relä: tjänstens statusanrop går till %1.</translation>
    </message>
    <message>
        <source>Connecting “%1” to the relay…</source>
        <translation>Ansluter ”%1” till reläet…</translation>
    </message>
    <message>
        <source>Disconnecting “%1” from the relay…</source>
        <translation>Kopplar från ”%1” från reläet…</translation>
    </message>
    <message>
        <source>Connecting “%1” to the relay</source>
        <translation>Anslutning av ”%1” till reläet</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: the service now sends %n status callback(s) to the relay at %2.</source>
        <translation>
            <numerusform>”%1”: tjänsten skickar nu %n statusanrop till reläet på %2.</numerusform>
            <numerusform>”%1”: tjänsten skickar nu %n statusanrop till reläet på %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnecting “%1” from the relay</source>
        <translation>Frånkoppling av ”%1” från reläet</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: disconnected from the relay (%n status callback(s) removed).</source>
        <translation>
            <numerusform>”%1”: frånkopplat från reläet (%n statusanrop borttaget).</numerusform>
            <numerusform>”%1”: frånkopplat från reläet (%n statusanrop borttagna).</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>Testar ”%1”…</translation>
    </message>
    <message>
        <source>Testing “%1”</source>
        <translation>Test av ”%1”</translation>
    </message>
    <message>
        <source>Connected to “%1”.</source>
        <translation>Ansluten till ”%1”.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>”%1”: %2</translation>
    </message>
    <message>
        <source>Checking “%1” with harmless calls…</source>
        <translation>Kontrollerar ”%1” med ofarliga anrop…</translation>
    </message>
    <message>
        <source>Checking “%1”</source>
        <translation>Kontroll av ”%1”</translation>
    </message>
    <message>
        <source>%1 matched, %2 differ, %3 failed, %4 skipped.</source>
        <translation>%1 stämde, %2 avviker, %3 misslyckades, %4 hoppades över.</translation>
    </message>
    <message>
        <source>Check of “%1”: everything this app relies on matched.</source>
        <translation>Kontroll av ”%1”: allt som appen förutsätter stämde.</translation>
    </message>
    <message>
        <source>Check of “%1”: not everything matched. The details below say what differs; please send them with a problem report.</source>
        <translation>Kontroll av ”%1”: allt stämde inte. Detaljerna nedan visar vad som avviker; skicka dem med en felrapport.</translation>
    </message>
    <message>
        <source>%1: something unexpected went wrong. The details are in the log.</source>
        <translation>%1: något oväntat gick fel. Detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Stämde</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Avviker</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppades över</translation>
    </message>
    <message>
        <source>Get a case that cannot exist (the nil GUID)</source>
        <translation>Hämta ett ärende som inte kan finnas (nil-GUID)</translation>
    </message>
    <message>
        <source>Find one page of cases</source>
        <translation>Sök en sida ärenden</translation>
    </message>
    <message>
        <source>Create a draft case with a one-page test PDF</source>
        <translation>Skapa ett utkast med en testfil på en sida</translation>
    </message>
    <message>
        <source>Read the draft back</source>
        <translation>Läs tillbaka utkastet</translation>
    </message>
    <message>
        <source>Delete the draft and see that it is gone</source>
        <translation>Radera utkastet och se att det är borta</translation>
    </message>
    <message>
        <source>Look up a document that cannot exist</source>
        <translation>Sök ett dokument som inte kan finnas</translation>
    </message>
</context>
<context>
    <name>ActionResults</name>
    <message>
        <source>%1: reminded</source>
        <translation>%1: påminnelse skickad</translation>
    </message>
    <message>
        <source>%1: recalled</source>
        <translation>%1: återkallat</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1: raderat</translation>
    </message>
    <message>
        <source>%1: approval requested</source>
        <translation>%1: godkännande begärt</translation>
    </message>
    <message>
        <source>%1: metadata saved</source>
        <translation>%1: metadata sparade</translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation>%1: skickat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) saved</source>
        <translation>
            <numerusform>%1: %n fil sparad</numerusform>
            <numerusform>%1: %n filer sparade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Affiliation</name>
    <message>
        <source>External partner</source>
        <translation>Extern part</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>Intern</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>“%1” was sent.</source>
        <translation>”%1” skickades.</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>”%1” skickades inte: %2</translation>
    </message>
    <message>
        <source>Exporting the record</source>
        <translation>Exporterar posten</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterad till %1</translation>
    </message>
    <message>
        <source>Deleting the record</source>
        <translation>Tar bort posten</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>the name of a duplicated envelope</comment>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>The draft could not be made: %1</source>
        <translation>Utkastet kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>“%1” was created from the template.</source>
        <translation>”%1” skapades från mallen.</translation>
    </message>
    <message>
        <source>Save signed documents to</source>
        <translation>Spara signerade dokument i</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Laddar ner ”%1”…</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Nedladdningen är klar</translation>
    </message>
    <message>
        <source>The documents were saved to %1.</source>
        <translation>Dokumenten sparades i %1.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>No file manager could open %1. The files are there; open the folder yourself.</source>
        <translation>Ingen filhanterare kunde öppna %1. Filerna finns där; öppna mappen själv.</translation>
    </message>
    <message>
        <source>The draft cannot be opened: %1</source>
        <translation>Utkastet kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>Only envelopes that have not been sent can be edited.</source>
        <translation>Bara ärenden som inte har skickats kan redigeras.</translation>
    </message>
    <message>
        <source>Some drafts may be missing from the list: %1</source>
        <translation>Några utkast kan saknas i listan: %1</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>Spara dokumentet som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source> · %1/%2 calls</source>
        <translation> · %1/%2 anrop</translation>
    </message>
    <message>
        <source>synced now</source>
        <translation>synkroniserat nu</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synkroniserat %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synkroniserar…</translation>
    </message>
    <message>
        <source>offline, retrying (%1)</source>
        <translation>offline, försöker igen (%1)</translation>
    </message>
    <message>
        <source>an unexpected problem; see the log</source>
        <translation>ett oväntat problem; se loggen</translation>
    </message>
    <message>
        <source>offline, retrying</source>
        <translation>offline, försöker igen</translation>
    </message>
    <message>
        <source>needs credentials</source>
        <translation>inloggningsuppgifter behövs</translation>
    </message>
    <message>
        <source>awaiting completion callbacks</source>
        <translation>väntar på återanrop om slutförande</translation>
    </message>
</context>
<context>
    <name>AppDialogs</name>
    <message>
        <source>About eSign Desktop</source>
        <translation>Om eSign Desktop</translation>
    </message>
    <message>
        <source>eSign Desktop %1</source>
        <translation>eSign Desktop %1</translation>
    </message>
    <message>
        <source>Prepares documents for signature with Assently E-Sign and GMO Sign and follows them until the signed PDFs come back.

Data folder: %1
Log files: %2

Qt %3, PySide6 %4, Python %5. Open source under the MIT licence.</source>
        <translation>Förbereder dokument för underskrift med Assently E-Sign och GMO Sign och följer dem tills de signerade PDF-filerna kommer tillbaka.

Datamapp: %1
Loggfiler: %2

Qt %3, PySide6 %4, Python %5. Öppen källkod under MIT-licensen.</translation>
    </message>
    <message>
        <source>Restart eSign Desktop?</source>
        <translation>Starta om eSign Desktop?</translation>
    </message>
    <message>
        <source>The change is used from the next start. Restart eSign Desktop now?</source>
        <translation>Ändringen används från nästa start. Starta om eSign Desktop nu?</translation>
    </message>
    <message>
        <source>Nothing is lost: drafts are saved, and a send still on its way finishes after the restart.</source>
        <translation>Inget går förlorat: utkasten är sparade, och ett utskick som är på väg slutförs efter omstarten.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Starta om nu</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Se&amp;nare</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>You are using the built-in sandbox: a practice copy of Assently and GMO Sign on this computer, with demo envelopes. Nothing leaves your machine. Add a real account under Accounts when ready.</source>
        <translation>Du använder den inbyggda sandlådan: en övningskopia av Assently och GMO Sign på den här datorn, med demoärenden. Ingenting lämnar din dator. Lägg till ett riktigt konto under Konton när du är redo.</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>Updating envelope status</source>
        <translation>Uppdatera ärendenas status</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Running the command</source>
        <translation>Köra kommandot</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Ladda ner</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <source>Backing up your data</source>
        <translation>Säkerhetskopierar dina data</translation>
    </message>
    <message>
        <source>Loading the envelope list</source>
        <translation>Läser in listan över ärenden</translation>
    </message>
    <message>
        <source>Finishing envelopes not yet sent</source>
        <translation>Slutför ärenden som inte har skickats</translation>
    </message>
    <message>
        <source>Turning on status callbacks</source>
        <translation>Slå på statusåteranrop</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation>Kontrollera signaturer</translation>
    </message>
    <message>
        <source>Fetching the document</source>
        <translation>Hämtar dokumentet</translation>
    </message>
    <message>
        <source>Opening the envelope file</source>
        <translation>Öppnar ärendefilen</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Sparar utkastet</translation>
    </message>
    <message>
        <source>Testing the team database</source>
        <translation>Testar teamdatabasen</translation>
    </message>
    <message>
        <source>Sending the calibration envelope</source>
        <translation>Skickar kalibreringsärendet</translation>
    </message>
    <message>
        <source>Reading the calibration result</source>
        <translation>Läser kalibreringsresultatet</translation>
    </message>
    <message>
        <source>Removing the account</source>
        <translation>Tar bort kontot</translation>
    </message>
    <message>
        <source>Testing the account</source>
        <translation>Testar kontot</translation>
    </message>
    <message>
        <source>Checking the account</source>
        <translation>Kontrollerar kontot</translation>
    </message>
    <message>
        <source>Looking up the account&apos;s relay</source>
        <translation>Kontrollerar kontots relä</translation>
    </message>
    <message>
        <source>Connecting the account to the relay</source>
        <translation>Ansluter kontot till reläet</translation>
    </message>
    <message>
        <source>Disconnecting the account from the relay</source>
        <translation>Kopplar från kontot från reläet</translation>
    </message>
    <message>
        <source>Loading the templates</source>
        <translation>Läser in mallarna</translation>
    </message>
    <message>
        <source>Sending from a template</source>
        <translation>Skickar från en mall</translation>
    </message>
    <message>
        <source>Showing a notification</source>
        <translation>Visar en avisering</translation>
    </message>
    <message>
        <source>eSign Desktop is starting on %1 in another window, which does not answer yet.</source>
        <translation>eSign Desktop startar på %1 i ett annat fönster, som inte svarar än.</translation>
    </message>
    <message>
        <source>eSign Desktop is already open on %1; showing that window.</source>
        <translation>eSign Desktop är redan öppet på %1; det fönstret visas.</translation>
    </message>
    <message>
        <source>eSign Desktop cannot start</source>
        <translation>eSign Desktop kan inte starta</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>These saved records could not be read back, so they were set aside; everything else works as usual. Export one to keep or report it, or delete it.</source>
        <translation>De här sparade posterna gick inte att läsa och har lagts åt sidan; allt annat fungerar som vanligt. Exportera en post för att spara eller rapportera den, eller ta bort den.</translation>
    </message>
    <message>
        <source>Records that need attention</source>
        <translation>Poster som behöver åtgärdas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Exportera posten</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Ta bort posten</translation>
    </message>
    <message>
        <source>Delete this record for good?</source>
        <translation>Ta bort posten för gott?</translation>
    </message>
    <message>
        <source>Export it first if you may want to repair or report it.</source>
        <translation>Exportera den först om du kan vilja reparera eller rapportera den.</translation>
    </message>
    <message>
        <source>Cached envelope</source>
        <translation>Cachat kuvert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Send in the outbox</source>
        <translation>Utskick i utkorgen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>The stamps landed where the fields were placed: the coordinate convention holds.</source>
        <translation>Stämplarna hamnade där fälten placerades: koordinatkonventionen stämmer.</translation>
    </message>
    <message>
        <source>The service measures positions differently. This account now remembers how, and every later envelope is placed accordingly.</source>
        <translation>Tjänsten mäter positioner på ett annat sätt. Kontot kommer nu ihåg hur, och varje senare ärende placeras därefter.</translation>
    </message>
    <message>
        <source>The stamps landed somewhere no known convention explains. Nothing was changed; please send the details below with a problem report.</source>
        <translation>Stämplarna hamnade där ingen känd konvention förklarar. Inget ändrades; skicka detaljerna nedan med en felrapport.</translation>
    </message>
    <message>
        <source>No signature found yet. Sign the calibration envelope first, then check again.</source>
        <translation>Ingen underskrift hittades ännu. Underteckna kalibreringsärendet först och kontrollera sedan igen.</translation>
    </message>
    <message>
        <source>Placement calibration</source>
        <translation>Kalibrering av placering</translation>
    </message>
    <message>
        <source>Checks that signatures land where you place them. Step 1 sends a two-page envelope (a rotated page and a cropped page) to your own address. Step 2, after you have signed it: the app downloads it, measures where the stamps landed and, if the service measures positions differently, remembers that for this account.</source>
        <translation>Kontrollerar att underskrifter hamnar där du placerar dem. Steg 1 skickar ett ärende på två sidor (en roterad sida och en beskuren sida) till din egen adress. Steg 2, när du har undertecknat: appen laddar ned det, mäter var stämplarna hamnade och kommer ihåg för kontot om tjänsten mäter positioner på ett annat sätt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Din e-postadress</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>du@example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Din &amp;e-post:</translation>
    </message>
    <message>
        <source>1. &amp;Send calibration envelope</source>
        <translation>1. &amp;Skicka kalibreringsärendet</translation>
    </message>
    <message>
        <source>2. &amp;Check signed envelope</source>
        <translation>2. &amp;Kontrollera det undertecknade ärendet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <source>A calibration envelope was sent to %1. Sign it, then choose “Check signed envelope”.</source>
        <translation>Ett kalibreringsärende skickades till %1. Underteckna det och välj sedan ”Kontrollera det undertecknade ärendet”.</translation>
    </message>
    <message>
        <source>Sending the calibration envelope…</source>
        <translation>Skickar kalibreringsärendet…</translation>
    </message>
    <message>
        <source>Downloading and measuring the signed envelope…</source>
        <translation>Laddar ned och mäter det undertecknade ärendet…</translation>
    </message>
    <message>
        <source>Sending the calibration envelope</source>
        <translation>Att skicka kalibreringsärendet</translation>
    </message>
    <message>
        <source>Sent to %1. Sign it, then choose “Check signed envelope”.</source>
        <translation>Skickat till %1. Underteckna det och välj sedan ”Kontrollera det undertecknade ärendet”.</translation>
    </message>
    <message>
        <source>Checking the calibration</source>
        <translation>Kontroll av kalibreringen</translation>
    </message>
    <message>
        <source>%1: something unexpected went wrong. The details are in the log.</source>
        <translation>%1: något oväntat gick fel. Detaljerna finns i loggen.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Pages to duplicate the selected fields to</source>
        <translation>Sidor att duplicera de markerade fälten till</translation>
    </message>
    <message>
        <source>Pages, e.g. 2-5 or all</source>
        <translation>Sidor, t.ex. 2-5 eller all</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Anpassa till sida</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Ordna</translation>
    </message>
    <message>
        <source>Align left edges</source>
        <translation>Justera vänsterkanter</translation>
    </message>
    <message>
        <source>Align right edges</source>
        <translation>Justera högerkanter</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>Justera överkanter</translation>
    </message>
    <message>
        <source>Align bottom edges</source>
        <translation>Justera nederkanter</translation>
    </message>
    <message>
        <source>Align centres, horizontally</source>
        <translation>Centrera vågrätt</translation>
    </message>
    <message>
        <source>Align centres, vertically</source>
        <translation>Centrera lodrätt</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Fördela vågrätt</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Fördela lodrätt</translation>
    </message>
    <message>
        <source>Same width</source>
        <translation>Samma bredd</translation>
    </message>
    <message>
        <source>Same height</source>
        <translation>Samma höjd</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>Samma storlek</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Ordna</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Duplicate to pages</source>
        <translation>Duplicera till sidor</translation>
    </message>
    <message>
        <source>Duplicate to all pages</source>
        <translation>Duplicera till alla sidor</translation>
    </message>
    <message>
        <source>Copy fields</source>
        <translation>Kopiera fält</translation>
    </message>
    <message>
        <source>Paste fields</source>
        <translation>Klistra in fält</translation>
    </message>
    <message>
        <source>Select all fields</source>
        <translation>Markera alla fält</translation>
    </message>
    <message>
        <source>Duplicate to pages…</source>
        <translation>Duplicera till sidor…</translation>
    </message>
    <message>
        <source>Import fields from PDF…</source>
        <translation>Importera fält från PDF…</translation>
    </message>
    <message>
        <source>Type the pages (e.g. 2-5 or all), then press Enter.</source>
        <translation>Skriv sidorna (t.ex. 2-5 eller all) och tryck på Enter.</translation>
    </message>
    <message numerus="yes">
        <source>Type pages between 1 and %n, such as 2-5 or 1, 3.</source>
        <translation>
            <numerusform>Ange sidor mellan 1 och %n, till exempel 2-5 eller 1, 3.</numerusform>
            <numerusform>Ange sidor mellan 1 och %n, till exempel 2-5 eller 1, 3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for form fields and tags…</source>
        <translation>Letar efter formulärfält och taggar…</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the file is missing or not a readable PDF.</source>
        <translation>%1 kan inte visas: filen saknas eller är inte en läsbar PDF.</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Envelope files (*.json)</source>
        <translation>Ärendefiler (*.json)</translation>
    </message>
    <message>
        <source>Account to send with</source>
        <translation>Konto att skicka med</translation>
    </message>
    <message>
        <source>Envelope name</source>
        <translation>Ärendets namn</translation>
    </message>
    <message>
        <source>e.g. Lease agreement, Storgatan 5</source>
        <translation>t.ex. Hyresavtal, Storgatan 5</translation>
    </message>
    <message>
        <source>Days until the envelope expires</source>
        <translation>Dagar tills ärendet går ut</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Message to the parties</source>
        <translation>Meddelande till parterna</translation>
    </message>
    <message>
        <source>A short note the parties see with the invitation</source>
        <translation>En kort rad som parterna ser i inbjudan</translation>
    </message>
    <message>
        <source>Preview the envelope as a party</source>
        <translation>Förhandsgranska ärendet som en part</translation>
    </message>
    <message>
        <source>Show what still stops the envelope from being sent</source>
        <translation>Visa vad som hindrar att ärendet skickas</translation>
    </message>
    <message>
        <source>E&amp;xpires after</source>
        <translation>G&amp;år ut efter</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Spara som &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Open JSON…</source>
        <translation>&amp;Öppna JSON…</translation>
    </message>
    <message>
        <source>&amp;Add PDF…</source>
        <translation>&amp;Lägg till PDF…</translation>
    </message>
    <message>
        <source>Save &amp;layout…</source>
        <translation>Spara &amp;layout…</translation>
    </message>
    <message>
        <source>A&amp;pply layout…</source>
        <translation>&amp;Använd layout…</translation>
    </message>
    <message>
        <source>&amp;Import fields from the PDF…</source>
        <translation>&amp;Importera fält från PDF:en…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>&amp;Documents and pages</source>
        <translation>&amp;Dokument och sidor</translation>
    </message>
    <message>
        <source>&amp;Problems before sending</source>
        <translation>&amp;Problem före sändning</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>&amp;Fält</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2 It is kept in Drafts.</source>
        <translation>”%1” skickades inte: %2 Det finns kvar under Utkast.</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Sparar utkastet…</translation>
    </message>
    <message>
        <source>Save the envelope as JSON</source>
        <translation>Spara ärendet som JSON</translation>
    </message>
    <message>
        <source>Open an envelope file</source>
        <translation>Öppna en ärendefil</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Kunde inte skriva %1: %2. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>okänt fel</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Sparat som %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message>
        <source>Layout “%1” saved (%2 fields).</source>
        <translation>Layouten ”%1” sparades (%2 fält).</translation>
    </message>
    <message>
        <source>Apply layout “%1”</source>
        <translation>Använd layouten ”%1”</translation>
    </message>
    <message>
        <source>Layout “%1”: %2 fields placed</source>
        <translation>Layouten ”%1”: %2 fält placerade</translation>
    </message>
    <message>
        <source>; %1 did not fit (their pages do not exist here)</source>
        <translation>; %1 fick inte plats (deras sidor finns inte här)</translation>
    </message>
    <message>
        <source>Choose the account to send with (add one under Accounts in the main window).</source>
        <translation>Välj kontot att skicka med (lägg till ett under Konton i huvudfönstret).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation>Förhandsgranska som</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Open envelope file</source>
        <translation>Öppna ärendefil</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Not sent: see why</source>
        <translation>Inte skickat: se varför</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Klart att skicka</translation>
    </message>
    <message>
        <source>No account yet: add one under Accounts</source>
        <translation>Inget konto än: lägg till ett under Konton</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Utkastet har sparats</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1 Your changes are kept; saving is retried.</source>
        <translation>Utkastet kunde inte sparas: %1 Dina ändringar finns kvar; sparandet görs om.</translation>
    </message>
    <message>
        <source>New envelope</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source> (sent)</source>
        <translation> (skickat)</translation>
    </message>
    <message>
        <source>%1%2 – compose</source>
        <translation>%1%2 – skapa</translation>
    </message>
    <message>
        <source>Nobody (editing)</source>
        <translation>Ingen (redigering)</translation>
    </message>
    <message>
        <source>Rename the envelope</source>
        <translation>Byt namn på ärendet</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Redigera meddelandet</translation>
    </message>
    <message>
        <source>Change the expiry</source>
        <translation>Ändra giltighetstiden</translation>
    </message>
    <message>
        <source>Change the account</source>
        <translation>Byt konto</translation>
    </message>
    <message>
        <source>Now preparing for %1: fields, parties and sign types follow its rules.</source>
        <translation>Förbereder nu för %1: fält, parter och signeringssätt följer dess regler.</translation>
    </message>
    <message>
        <source>the draft could not be saved first; check the disk and try again.</source>
        <translation>utkastet kunde inte sparas först; kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Skickar till %1…</translation>
    </message>
    <message>
        <source>something unexpected went wrong; the details are in the log.</source>
        <translation>något oväntat gick fel; detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>the service did not accept it.</source>
        <translation>tjänsten godtog det inte.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>“%1” was sent.</source>
        <translation>”%1” skickades.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>eSign Desktop cannot open its database: the file is damaged.</source>
        <translation>eSign Desktop kan inte öppna sin databas: filen är skadad.</translation>
    </message>
    <message>
        <source>Choose how to go on. The damaged file is kept either way, next to the new one, in %1.</source>
        <translation>Välj hur du vill fortsätta. Den skadade filen sparas i båda fallen, bredvid den nya, i %1.</translation>
    </message>
    <message>
        <source>There is no usable backup.</source>
        <translation>Det finns ingen användbar säkerhetskopia.</translation>
    </message>
    <message>
        <source>Open the backup of %1</source>
        <translation>Öppna säkerhetskopian från %1</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Börja med en ny databas</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acted</source>
        <translation>Hanterat</translation>
    </message>
    <message>
        <source>Signing link</source>
        <translation>Signeringslänk</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Envelope details</source>
        <translation>Ärendets detaljer</translation>
    </message>
    <message>
        <source>Envelope name</source>
        <translation>Ärendets namn</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Tjänstens status</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Signing progress</source>
        <translation>Signeringens förlopp</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Provider status:</source>
        <translation>Tjänstens status:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Förlopp:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Öppna dokumentet</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>Spara dokumentet som</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Lägg till &amp;rad</translation>
    </message>
    <message>
        <source>Add metadata row</source>
        <translation>Lägg till en metadatarad</translation>
    </message>
    <message>
        <source>Save &amp;metadata</source>
        <translation>Spara &amp;metadata</translation>
    </message>
    <message>
        <source>Save metadata</source>
        <translation>Spara metadata</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Händelser i tidsordning</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xportera till CSV…</translation>
    </message>
    <message>
        <source>Export the events to a CSV file</source>
        <translation>Exportera händelserna till en CSV-fil</translation>
    </message>
    <message>
        <source>Envelope detail sections</source>
        <translation>Avsnitt i ärendets detaljer</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parter</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>Me&amp;tadata</source>
        <translation>Me&amp;tadata</translation>
    </message>
    <message>
        <source>Digital signatures of the downloaded documents</source>
        <translation>Digitala signaturer i de nedladdade dokumenten</translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation>Si&amp;gnaturer</translation>
    </message>
    <message>
        <source>Select an envelope to see its parties, documents and history.</source>
        <translation>Välj ett ärende för att se dess parter, dokument och historik.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlöst)</translation>
    </message>
    <message>
        <source>sent %1 by %2</source>
        <translation>skickat %1 av %2</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>ingen rapporterad</translation>
    </message>
    <message>
        <source>Download the signed documents to check their signatures here.</source>
        <translation>Ladda ner de signerade dokumenten för att kontrollera deras signaturer här.</translation>
    </message>
    <message>
        <source>Eve&amp;nts</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>The downloaded documents carry no digital signature.</source>
        <translation>De nedladdade dokumenten har ingen digital signatur.</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>skapat %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>skickat %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>går ut %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiera länk</translation>
    </message>
    <message>
        <source>Copy signing link of %1</source>
        <translation>Kopiera signeringslänken för %1</translation>
    </message>
    <message>
        <source>No signing link yet</source>
        <translation>Ingen signeringslänk än</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not let metadata be changed here.</source>
        <translation>%1 låter inte metadata ändras här.</translation>
    </message>
    <message>
        <source>asking the service…</source>
        <translation>frågar tjänsten…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportera händelser</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The events could not be saved to %1: %2</source>
        <translation>Händelserna kunde inte sparas i %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1</source>
        <translation>
            <numerusform>%n händelse sparad i %1</numerusform>
            <numerusform>%n händelser sparade i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 kolumner</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>PDF-dokument (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>%1: could not be read (%2). Check the file and add it again.</source>
        <translation>%1: kunde inte läsas (%2). Kontrollera filen och lägg till den igen.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>okänt fel</translation>
    </message>
    <message>
        <source>Documents, in sending order</source>
        <translation>Dokument, i den ordning de skickas</translation>
    </message>
    <message>
        <source>Add &amp;PDF…</source>
        <translation>Lägg till &amp;PDF…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersätt…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ner</translation>
    </message>
    <message>
        <source>Messages about the documents</source>
        <translation>Meddelanden om dokumenten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Add PDF documents</source>
        <translation>Lägg till PDF-dokument</translation>
    </message>
    <message>
        <source>Replace the document</source>
        <translation>Ersätt dokumentet</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <source>Remove “%1” and its %2?</source>
        <translation>Ta bort ”%1” och dess %2?</translation>
    </message>
    <message>
        <source>field</source>
        <translation>fält</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fält</translation>
    </message>
    <message>
        <source>Move document</source>
        <translation>Flytta dokument</translation>
    </message>
    <message>
        <source>%1 is already in the envelope.</source>
        <translation>%1 finns redan i ärendet.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 documents per envelope; remove some.</source>
        <translation>%1 tar högst %2 dokument per ärende; ta bort några.</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Lägg till dokument</translation>
    </message>
    <message>
        <source>“%1” has %2; these fields of “%3” would not fit and be removed:
%4</source>
        <translation>”%1” har %2; dessa fält i ”%3” får inte plats och tas bort:
%4</translation>
    </message>
    <message>
        <source>page</source>
        <translation>sida</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>sidor</translation>
    </message>
    <message>
        <source>Replace anyway</source>
        <translation>Ersätt ändå</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Borttaget: %1</translation>
    </message>
    <message>
        <source>Check this field, its page changed shape: %1</source>
        <translation>Kontrollera det här fältet, dess sida har ändrat form: %1</translation>
    </message>
    <message>
        <source>Replace document</source>
        <translation>Ersätt dokument</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Already digitally signed: adding fields would break the signature.</source>
        <translation>Redan digitalt signerat: att lägga till fält skulle bryta signaturen.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>files</source>
        <translation>filer</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop PDF documents here</source>
        <translation>Släpp PDF-dokument här</translation>
    </message>
    <message>
        <source>The envelope is named after the first document; you can change the name at any time.</source>
        <translation>Ärendet får namn efter det första dokumentet; du kan ändra namnet när som helst.</translation>
    </message>
    <message>
        <source>&amp;Choose PDF files…</source>
        <translation>Välj &amp;PDF-filer…</translation>
    </message>
</context>
<context>
    <name>EnvelopeActions</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Send the envelope to its parties</source>
        <translation>Skicka ärendet till dess parter</translation>
    </message>
    <message>
        <source>Request &amp;approval</source>
        <translation>Begär &amp;godkännande</translation>
    </message>
    <message>
        <source>Ask the approvers to approve and send</source>
        <translation>Be godkännarna att godkänna och skicka</translation>
    </message>
    <message>
        <source>&amp;Remind</source>
        <translation>&amp;Påminn</translation>
    </message>
    <message>
        <source>Remind the parties who have not signed yet</source>
        <translation>Påminn de parter som inte har signerat än</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <source>Withdraw the envelope from its parties</source>
        <translation>Dra tillbaka ärendet från dess parter</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <source>Delete the envelope</source>
        <translation>Radera ärendet</translation>
    </message>
    <message>
        <source>Edit &amp;metadata</source>
        <translation>Redigera &amp;metadata</translation>
    </message>
    <message>
        <source>Edit the envelope&apos;s metadata</source>
        <translation>Redigera ärendets metadata</translation>
    </message>
    <message>
        <source>Do&amp;wnload signed documents…</source>
        <translation>&amp;Ladda ner signerade dokument…</translation>
    </message>
    <message>
        <source>Save the signed documents and receipt</source>
        <translation>Spara de signerade dokumenten och kvittot</translation>
    </message>
    <message>
        <source>D&amp;uplicate as draft</source>
        <translation>&amp;Duplicera som utkast</translation>
    </message>
    <message>
        <source>Start a new draft from this envelope</source>
        <translation>Börja ett nytt utkast från det här ärendet</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Nytt från &amp;mall…</translation>
    </message>
    <message>
        <source>Create an envelope from a template</source>
        <translation>Skapa ett ärende från en mall</translation>
    </message>
    <message>
        <source>E&amp;xport list to CSV…</source>
        <translation>&amp;Exportera listan till CSV…</translation>
    </message>
    <message>
        <source>Save the visible rows as a CSV file</source>
        <translation>Spara de synliga raderna som en CSV-fil</translation>
    </message>
</context>
<context>
    <name>EnvelopeColumn</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Provider / account</source>
        <translation>Tjänst / konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Skickat av</translation>
    </message>
    <message>
        <source>No signers</source>
        <translation>Inga undertecknare</translation>
    </message>
    <message>
        <source>%1 of %2 signed</source>
        <translation>%1 av %2 har signerat</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlöst)</translation>
    </message>
</context>
<context>
    <name>EnvelopeCsv</name>
    <message>
        <source>Provider status</source>
        <translation>Tjänstens status</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Id hos tjänsten</translation>
    </message>
</context>
<context>
    <name>EnvelopeListView</name>
    <message>
        <source>Envelope list</source>
        <translation>Ärendelista</translation>
    </message>
    <message>
        <source>Envelopes across every account; use the arrow keys to move</source>
        <translation>Ärenden från alla konton; flytta med piltangenterna</translation>
    </message>
    <message>
        <source>Envelope list columns</source>
        <translation>Ärendelistans kolumner</translation>
    </message>
    <message>
        <source>Envelope actions</source>
        <translation>Åtgärder för ärenden</translation>
    </message>
</context>
<context>
    <name>EnvelopeStatus</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Signed, finalising</source>
        <translation>Signerat, slutförs</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutfört</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avböjt</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
</context>
<context>
    <name>EnvelopeTableModel</name>
    <message>
        <source>none reported</source>
        <translation>ingen rapporterad</translation>
    </message>
    <message>
        <source>%1 status: %2</source>
        <translation>Status hos %1: %2</translation>
    </message>
</context>
<context>
    <name>EnvelopeView</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>Waiting for others</source>
        <translation>Väntar på andra</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Åtgärd krävs</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutfört</translation>
    </message>
    <message>
        <source>Declined, expired or recalled</source>
        <translation>Avböjda, utgångna eller återkallade</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1 refused the account&apos;s credentials (HTTP %2). Check the access token or the API key and secret in the account settings.</source>
        <translation>%1 godtog inte kontots inloggningsuppgifter (HTTP %2). Kontrollera åtkomsttoken eller API-nyckeln och hemligheten i kontots inställningar.</translation>
    </message>
    <message>
        <source>%1 refused the account&apos;s credentials (HTTP %2): %3 Check the access token or the API key and secret in the account settings.</source>
        <translation>%1 godtog inte kontots inloggningsuppgifter (HTTP %2): %3 Kontrollera åtkomsttoken eller API-nyckeln och hemligheten i kontots inställningar.</translation>
    </message>
    <message>
        <source>%1 is limiting the number of calls. Try again in %2 s.</source>
        <translation>%1 begränsar antalet anrop. Försök igen om %2 s.</translation>
    </message>
    <message>
        <source>%1 is limiting the number of calls. Try again shortly.</source>
        <translation>%1 begränsar antalet anrop. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1 is limiting the number of calls: %2 Try again in %3 s.</source>
        <translation>%1 begränsar antalet anrop: %2 Försök igen om %3 s.</translation>
    </message>
    <message>
        <source>%1 is limiting the number of calls: %2 Try again shortly.</source>
        <translation>%1 begränsar antalet anrop: %2 Försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1 could not handle the request (HTTP %2). Try again later.</source>
        <translation>%1 kunde inte hantera begäran (HTTP %2). Försök igen senare.</translation>
    </message>
    <message>
        <source>%1 could not handle the request (HTTP %2): %3 Try again later.</source>
        <translation>%1 kunde inte hantera begäran (HTTP %2): %3 Försök igen senare.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere (HTTP %2). Check the account&apos;s address; redirects are not followed so credentials stay with the service.</source>
        <translation>%1 skickade begäran vidare till en annan adress (HTTP %2). Kontrollera kontots adress; vidarebefordringar följs inte, så att inloggningsuppgifterna stannar hos tjänsten.</translation>
    </message>
    <message>
        <source>%1 could not find it (HTTP 404).</source>
        <translation>%1 hittade det inte (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 could not find it (HTTP 404): %2</source>
        <translation>%1 hittade det inte (HTTP 404): %2</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with the envelope&apos;s current state.</source>
        <translation>%1 vägrade: det strider mot ärendets nuvarande tillstånd.</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with the envelope&apos;s current state: %2</source>
        <translation>%1 vägrade: det strider mot ärendets nuvarande tillstånd: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 avvisade begäran (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 avvisade begäran (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached in time. Check the network and try again.</source>
        <translation>%1 på %2 gick inte att nå i tid. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer in time. Check the network and try again.</source>
        <translation>%1 på %2 svarade inte i tid. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at %2. Check the network connection and the account&apos;s address.</source>
        <translation>Kunde inte ansluta till %1 på %2. Kontrollera nätverksanslutningen och kontots adress.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 was interrupted. Try again.</source>
        <translation>Anslutningen till %1 på %2 avbröts. Försök igen.</translation>
    </message>
    <message>
        <source>“%1” needs the built-in sandbox, which is not running.</source>
        <translation>”%1” behöver den inbyggda sandlådan, som inte körs.</translation>
    </message>
    <message>
        <source>No saved credentials for “%1”: enter them again in Accounts.</source>
        <translation>Inga sparade inloggningsuppgifter för ”%1”: ange dem igen under Konton.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not JSON (HTTP %2).</source>
        <translation>%1 skickade ett svar som inte är JSON (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an answer nested too deeply to read (HTTP %2).</source>
        <translation>%1 skickade ett svar som är för djupt nästlat för att läsas (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be unpacked (Content-Encoding &apos;%2&apos;). Try again later.</source>
        <translation>%1 skickade ett svar som inte kunde packas upp (Content-Encoding ”%2”). Försök igen senare.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB, more than this kind of answer may be; it was not read. Try again later; if it keeps happening, check the account&apos;s address.</source>
        <translation>%1 skickade ett svar större än %2 MB, mer än den här sortens svar får vara; det lästes inte. Försök igen senare; om det fortsätter, kontrollera kontots adress.</translation>
    </message>
    <message>
        <source>The file for &apos;%1&apos; is larger than %2 MB, the most accepted for a document; nothing was saved.</source>
        <translation>Filen för ”%1” är större än %2 MB, det mesta som tas emot för ett dokument; inget sparades.</translation>
    </message>
    <message>
        <source>%1 does not support %2.</source>
        <translation>%1 stöder inte %2.</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: %1 is not a JSON object.</source>
        <translation>Tjänsten skickade ett oväntat svar: %1 är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: %1 is not a JSON list.</source>
        <translation>Tjänsten skickade ett oväntat svar: %1 är inte en JSON-lista.</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: &apos;%1&apos; is not a JSON object.</source>
        <translation>Tjänsten skickade ett oväntat svar: &apos;%1&apos; är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: &apos;%1&apos; is not a JSON list.</source>
        <translation>Tjänsten skickade ett oväntat svar: &apos;%1&apos; är inte en JSON-lista.</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: &apos;%1&apos; is missing.</source>
        <translation>Tjänsten skickade ett oväntat svar: &apos;%1&apos; saknas.</translation>
    </message>
    <message>
        <source>%1 sent an event without saying which envelope it is about.</source>
        <translation>%1 skickade en händelse utan att säga vilket ärende den gäller.</translation>
    </message>
    <message>
        <source>%1 at %2 did not finish in %3 s (every attempt included), so the app stopped waiting. Try again later.</source>
        <translation>%1 på %2 blev inte klar inom %3 s (alla försök inräknade), så appen slutade vänta. Försök igen senare.</translation>
    </message>
    <message>
        <source>%1 sent a document that is not valid base64.</source>
        <translation>%1 skickade ett dokument som inte är giltig base64.</translation>
    </message>
    <message>
        <source>%1 has no file for &apos;%2&apos; yet.</source>
        <translation>%1 har ingen fil för &apos;%2&apos; än.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 document id yet.</source>
        <translation>&apos;%1&apos; har inget dokument-id hos %2 än.</translation>
    </message>
    <message>
        <source>%1 has no receipt for this case yet: it is made when the case is finished.</source>
        <translation>%1 har inget kvitto för det här ärendet än: det skapas när ärendet är klart.</translation>
    </message>
    <message>
        <source>This envelope has not been created at %1 yet, so it cannot be updated.</source>
        <translation>Ärendet har inte skapats hos %1 än och kan därför inte uppdateras.</translation>
    </message>
    <message>
        <source>%1 has no event &apos;%2&apos;. Known events: %3.</source>
        <translation>%1 har ingen händelse &apos;%2&apos;. Kända händelser: %3.</translation>
    </message>
    <message>
        <source>%1 did not say this subscription&apos;s id when it was made, so it cannot be removed from here. Remove it in %1&apos;s own settings.</source>
        <translation>%1 angav inte prenumerationens id när den skapades, så den kan inte tas bort härifrån. Ta bort den i inställningarna hos %1.</translation>
    </message>
    <message>
        <source>The address %1 does not answer like %2. Check the account&apos;s address.</source>
        <translation>Adressen %1 svarar inte som %2. Kontrollera kontots adress.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 avvisade begäran: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (%2).</source>
        <translation>%1 avvisade begäran (%2).</translation>
    </message>
    <message>
        <source>%1 did not confirm the signature request (%2). It may have been sent: check %1 for an envelope with the document code(s) %3 before sending it again. It will not be requested again automatically.</source>
        <translation>%1 bekräftade inte signeringsbegäran (%2). Den kan ha skickats: leta hos %1 efter ett ärende med dokumentkod(erna) %3 innan du skickar igen. Den begärs inte igen automatiskt.</translation>
    </message>
    <message>
        <source>%1 answered the signature request without an envelope id. It may have been sent: check %1 for an envelope with the document code(s) %2 before sending it again. It will not be requested again automatically.</source>
        <translation>%1 svarade på signeringsbegäran utan ärende-id. Den kan ha skickats: leta hos %1 efter ett ärende med dokumentkod(erna) %2 innan du skickar igen. Den begärs inte igen automatiskt.</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos; (%2). Check that the file still exists.</source>
        <translation>Kunde inte läsa &apos;%1&apos; (%2). Kontrollera att filen fortfarande finns.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed while it was being uploaded. Wait until it is saved, then send again.</source>
        <translation>&apos;%1&apos; ändrades medan den laddades upp. Vänta tills den är sparad och skicka sedan igen.</translation>
    </message>
    <message>
        <source>The document &apos;%1&apos; has no local file to upload.</source>
        <translation>Dokumentet &apos;%1&apos; har ingen lokal fil att ladda upp.</translation>
    </message>
    <message>
        <source>Could not add the fields to &apos;%1&apos;: %2</source>
        <translation>Kunde inte lägga till fälten i &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The download from %1 was cut short (%2 of %3 bytes). Try again.</source>
        <translation>Hämtningen från %1 avbröts (%2 av %3 byte). Försök igen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address. Use an address starting with https://.</source>
        <translation>&apos;%1&apos; är ingen webbadress. Använd en adress som börjar med https://.</translation>
    </message>
    <message>
        <source>The address %1 would send your credentials unencrypted. Use an https:// address; plain http is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Adressen %1 skulle skicka dina inloggningsuppgifter okrypterade. Använd en https://-adress; vanlig http tillåts bara för den här datorn (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>%1 has no recipient-only parties; make them signers or remove them: %2</source>
        <translation>%1 har inga parter som bara tar emot; gör dem till undertecknare eller ta bort dem: %2</translation>
    </message>
    <message>
        <source>%1 needs at least one signer.</source>
        <translation>%1 behöver minst en undertecknare.</translation>
    </message>
    <message>
        <source>%1 needs an e-mail address or phone number for %2.</source>
        <translation>%1 behöver en e-postadress eller ett telefonnummer för %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 signature type (%3).</source>
        <translation>&apos;%1&apos; är ingen signaturtyp hos %2 (%3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date %2 can print; use YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; är inget datum som %2 kan skriva ut; använd ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>A signature field must belong to a signer; assign it to a party.</source>
        <translation>Ett signaturfält måste höra till en undertecknare; tilldela det en part.</translation>
    </message>
    <message>
        <source>A field belongs to a party who does not sign; assign it to a signer.</source>
        <translation>Ett fält hör till en part som inte undertecknar; tilldela det en undertecknare.</translation>
    </message>
    <message>
        <source>%1 signs in person: %2 needs the email address of the attendant.</source>
        <translation>%1 undertecknar på plats: %2 behöver den närvarandes e-postadress.</translation>
    </message>
    <message>
        <source>%1 has only a phone number, but %2&apos;s template send can reach signers by email only. Add an email address, or send the envelope without the template.</source>
        <translation>%1 har bara ett telefonnummer, men mallutskick hos %2 når undertecknare bara via e-post. Lägg till en e-postadress eller skicka ärendet utan mallen.</translation>
    </message>
    <message>
        <source>%1&apos;s template send cannot use the sign type chosen for %2 (signature in person). Choose e-signature or digital signature, or send the envelope without the template.</source>
        <translation>Mallutskick hos %1 kan inte använda signaturtypen som valts för %2 (signering på plats). Välj e-signatur eller digital signatur, eller skicka ärendet utan mallen.</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>ett dokument</translation>
    </message>
    <message>
        <source>a party</source>
        <translation>en part</translation>
    </message>
    <message>
        <source>an approver</source>
        <translation>en godkännare</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>ärendet</translation>
    </message>
    <message>
        <source>the document registration</source>
        <translation>dokumentregistreringen</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>händelsen</translation>
    </message>
    <message>
        <source>the event&apos;s case</source>
        <translation>händelsens ärende</translation>
    </message>
    <message>
        <source>the signature request</source>
        <translation>signeringsbegäran</translation>
    </message>
    <message>
        <source>the template send</source>
        <translation>mallutskicket</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>dokumentet</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>anslutningen</translation>
    </message>
    <message>
        <source>refused the request</source>
        <translation>avvisade begäran</translation>
    </message>
    <message>
        <source>did not return an envelope id</source>
        <translation>returnerade inget ärende-id</translation>
    </message>
    <message>
        <source>did not return a connection id</source>
        <translation>returnerade inget anslutnings-id</translation>
    </message>
    <message>
        <source>did not return a document code</source>
        <translation>returnerade ingen dokumentkod</translation>
    </message>
    <message>
        <source>listing envelopes</source>
        <translation>att lista ärenden</translation>
    </message>
    <message>
        <source>reading an envelope&apos;s status</source>
        <translation>att läsa ett ärendes status</translation>
    </message>
    <message>
        <source>creating envelopes</source>
        <translation>att skapa ärenden</translation>
    </message>
    <message>
        <source>sending from a template</source>
        <translation>att skicka från en mall</translation>
    </message>
    <message>
        <source>listing templates</source>
        <translation>att lista mallar</translation>
    </message>
    <message>
        <source>changing an envelope</source>
        <translation>att ändra ett ärende</translation>
    </message>
    <message>
        <source>changing an envelope&apos;s details</source>
        <translation>att ändra ett ärendes uppgifter</translation>
    </message>
    <message>
        <source>sending envelopes</source>
        <translation>att skicka ärenden</translation>
    </message>
    <message>
        <source>requesting approval</source>
        <translation>att begära godkännande</translation>
    </message>
    <message>
        <source>reminding signers</source>
        <translation>att påminna undertecknare</translation>
    </message>
    <message>
        <source>recalling envelopes</source>
        <translation>att återkalla ärenden</translation>
    </message>
    <message>
        <source>deleting envelopes</source>
        <translation>att ta bort ärenden</translation>
    </message>
    <message>
        <source>downloading documents</source>
        <translation>att hämta dokument</translation>
    </message>
    <message>
        <source>downloading receipts</source>
        <translation>att hämta kvitton</translation>
    </message>
    <message>
        <source>finding an envelope by its temporary id</source>
        <translation>att hitta ett ärende via dess tillfälliga id</translation>
    </message>
    <message>
        <source>status callbacks</source>
        <translation>statusanrop</translation>
    </message>
    <message>
        <source>Could not reach the team database %1 just now. Your work is kept on this computer; it goes to the team database when it is back.</source>
        <translation>Teamdatabasen %1 gick inte att nå just nu. Ditt arbete sparas på den här datorn och går till teamdatabasen när den är tillbaka.</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached. Your work is kept on this computer; it goes to the team database when it is back.</source>
        <translation>Teamdatabasen %1 går inte att nå. Ditt arbete sparas på den här datorn och går till teamdatabasen när den är tillbaka.</translation>
    </message>
    <message>
        <source>The connection to the team database %1 was lost. Your work is kept on this computer; it goes to the team database when it is back.</source>
        <translation>Anslutningen till teamdatabasen %1 bröts. Ditt arbete sparas på den här datorn och går till teamdatabasen när den är tillbaka.</translation>
    </message>
    <message>
        <source>Another desktop was changing the same record at the same moment. Try again.</source>
        <translation>En annan dator ändrade samma post i samma ögonblick. Försök igen.</translation>
    </message>
    <message>
        <source>The team database server&apos;s disk is full. Ask whoever looks after it to make room.</source>
        <translation>Disken på teamdatabasens server är full. Be den som sköter den att frigöra utrymme.</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached, and this envelope was queued before: it can be sent again only once the database is back (the team&apos;s outbox knows what became of it).</source>
        <translation>Teamdatabasen %1 går inte att nå, och det här ärendet har köats tidigare: det kan skickas igen först när databasen är tillbaka (teamets utkorg vet vad som hände med det).</translation>
    </message>
    <message>
        <source>Could not finish %1: the team database %2 refused the sign-in. Check the user name and the password in Settings &gt; Team.</source>
        <translation>Kunde inte %1: teamdatabasen %2 avvisade inloggningen. Kontrollera användarnamnet och lösenordet under Inställningar &gt; Team.</translation>
    </message>
    <message>
        <source>Could not finish %1: the record conflicts with one already saved.</source>
        <translation>Kunde inte %1: posten krockar med en som redan är sparad.</translation>
    </message>
    <message>
        <source>Could not finish %1: the team database said %2.</source>
        <translation>Kunde inte %1: teamdatabasen svarade %2.</translation>
    </message>
    <message>
        <source>The team database %1 was prepared by a newer version of eSign Desktop (schema %2; this version understands up to %3). Install the newer version.</source>
        <translation>Teamdatabasen %1 har förberetts av en nyare version av eSign Desktop (schema %2; den här versionen förstår upp till %3). Installera den nyare versionen.</translation>
    </message>
    <message>
        <source>The team database address in Settings cannot be used (%1). Correct it in Team &gt; Database, or clear it to work alone.</source>
        <translation>Teamdatabasens adress i inställningarna kan inte användas (%1). Rätta den under Team &gt; Databas, eller töm den för att arbeta ensam.</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk is full. Free some space and try again; the previously saved version is unchanged.</source>
        <translation>Kunde inte %1: disken är full. Frigör utrymme och försök igen; den tidigare sparade versionen är oförändrad.</translation>
    </message>
    <message>
        <source>Could not finish %1: the data folder is not writable (%2). Check the folder&apos;s permissions; the previously saved version is unchanged.</source>
        <translation>Kunde inte %1: det går inte att skriva i datamappen (%2). Kontrollera mappens behörigheter; den tidigare sparade versionen är oförändrad.</translation>
    </message>
    <message>
        <source>Could not finish %1: %2. The previously saved version is unchanged.</source>
        <translation>Kunde inte %1: %2. Den tidigare sparade versionen är oförändrad.</translation>
    </message>
    <message>
        <source>Could not finish %1: cannot read %2 (%3). Check that the file still exists and is readable.</source>
        <translation>Kunde inte %1: det går inte att läsa %2 (%3). Kontrollera att filen fortfarande finns och går att läsa.</translation>
    </message>
    <message>
        <source>Could not finish %1: another copy of eSign Desktop is busy with the same data folder. Try again in a moment.</source>
        <translation>Kunde inte %1: en annan kopia av eSign Desktop arbetar med samma datamapp. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is in use by another program. Close other copies of eSign Desktop and try again.</source>
        <translation>Kunde inte %1: databasen används av ett annat program. Stäng andra kopior av eSign Desktop och försök igen.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged. Restore it from a backup or move it away to start afresh.</source>
        <translation>Kunde inte %1: databasfilen är skadad. Återställ den från en säkerhetskopia eller flytta undan den för att börja om.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file cannot be opened for writing. Check the data folder&apos;s permissions.</source>
        <translation>Kunde inte %1: databasfilen kan inte öppnas för skrivning. Kontrollera datamappens behörigheter.</translation>
    </message>
    <message>
        <source>Could not finish %1: it refers to something that does not exist.</source>
        <translation>Kunde inte %1: det hänvisar till något som inte finns.</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk reported a read or write error. Check the disk and the data folder; the previously saved version is unchanged.</source>
        <translation>Kunde inte %1: disken rapporterade ett läs- eller skrivfel. Kontrollera disken och datamappen; den tidigare sparade versionen är oförändrad.</translation>
    </message>
    <message>
        <source>Could not finish %1: database error (%2).</source>
        <translation>Kunde inte %1: databasfel (%2).</translation>
    </message>
    <message>
        <source>The database file is damaged or is not an eSign Desktop database (%1). Start eSign Desktop to open a backup or to start a new database; the damaged file is kept either way.</source>
        <translation>Databasfilen är skadad eller är inte en databas för eSign Desktop (%1). Starta eSign Desktop för att öppna en säkerhetskopia eller börja med en ny databas; den skadade filen sparas i båda fallen.</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes): it was cut short, not newly created (%1). Start eSign Desktop to open a backup or to start a new database; the damaged file is kept either way.</source>
        <translation>Databasfilen är tom (0 byte): den har kapats, inte nyskapats (%1). Starta eSign Desktop för att öppna en säkerhetskopia eller börja med en ny databas; den skadade filen sparas i båda fallen.</translation>
    </message>
    <message>
        <source>The database file is damaged: its own check failed (%1). Start eSign Desktop to open a backup or to start a new database; the damaged file is kept either way.</source>
        <translation>Databasfilen är skadad: dess egen kontroll misslyckades (%1). Starta eSign Desktop för att öppna en säkerhetskopia eller börja med en ny databas; den skadade filen sparas i båda fallen.</translation>
    </message>
    <message>
        <source>The data folder was written by a newer version of eSign Desktop (database schema %1; this version understands up to %2). Install the newer version again, or move the data folder %3 away to start afresh.</source>
        <translation>Datamappen har skrivits av en nyare version av eSign Desktop (databasschema %1; den här versionen förstår upp till %2). Installera den nyare versionen igen, eller flytta undan datamappen %3 för att börja om.</translation>
    </message>
    <message>
        <source>Internal error: database migration %1 is out of order.</source>
        <translation>Internt fel: databasmigreringen %1 är i fel ordning.</translation>
    </message>
    <message>
        <source>A saved %1 is not valid JSON.</source>
        <translation>En sparad %1 är inte giltig JSON.</translation>
    </message>
    <message>
        <source>A saved %1 has an unknown layout.</source>
        <translation>En sparad %1 har ett okänt format.</translation>
    </message>
    <message>
        <source>A saved %1 was written by a newer version of eSign Desktop.</source>
        <translation>En sparad %1 har skrivits av en nyare version av eSign Desktop.</translation>
    </message>
    <message>
        <source>A saved %1 is damaged: %2.</source>
        <translation>En sparad %1 är skadad: %2.</translation>
    </message>
    <message>
        <source>A saved %1 lacks its “%2”.</source>
        <translation>En sparad %1 saknar fältet ”%2”.</translation>
    </message>
    <message>
        <source>A saved value is damaged: %1.</source>
        <translation>Ett sparat värde är skadat: %1.</translation>
    </message>
    <message>
        <source>A saved value should be of type %1, found %2.</source>
        <translation>Ett sparat värde borde vara av typen %1, men är %2.</translation>
    </message>
    <message>
        <source>A saved date is not text.</source>
        <translation>Ett sparat datum är inte text.</translation>
    </message>
    <message>
        <source>A saved date is not in ISO 8601 form.</source>
        <translation>Ett sparat datum är inte i ISO 8601-form.</translation>
    </message>
    <message>
        <source>A saved date has no time zone.</source>
        <translation>Ett sparat datum saknar tidszon.</translation>
    </message>
    <message>
        <source>A saved whole number is not one.</source>
        <translation>Ett sparat heltal är inget heltal.</translation>
    </message>
    <message>
        <source>A saved number is not one.</source>
        <translation>Ett sparat tal är inget tal.</translation>
    </message>
    <message>
        <source>A saved envelope names another envelope than the one it is stored as.</source>
        <translation>Ett sparat ärende anger ett annat ärende än det som det är sparat som.</translation>
    </message>
    <message>
        <source>Could not save: a value should be of type %1, found %2.</source>
        <translation>Kunde inte spara: ett värde borde vara av typen %1, men är %2.</translation>
    </message>
    <message>
        <source>Could not save: a whole number is of type %1.</source>
        <translation>Kunde inte spara: ett heltal är av typen %1.</translation>
    </message>
    <message>
        <source>Could not save: a number is not a finite number.</source>
        <translation>Kunde inte spara: ett tal är inte ett ändligt tal.</translation>
    </message>
    <message>
        <source>Could not add the account: an account with the same id already exists.</source>
        <translation>Kunde inte lägga till kontot: det finns redan ett konto med samma id.</translation>
    </message>
    <message>
        <source>Could not save the account: it has been removed.</source>
        <translation>Kunde inte spara kontot: det har tagits bort.</translation>
    </message>
    <message>
        <source>Could not save the account&apos;s state: the account has been removed.</source>
        <translation>Kunde inte spara kontots tillstånd: kontot har tagits bort.</translation>
    </message>
    <message>
        <source>Could not save the coordinate convention: the account has been removed.</source>
        <translation>Kunde inte spara koordinatkonventionen: kontot har tagits bort.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Ge kontot ett namn.</translation>
    </message>
    <message>
        <source>There is already an account called “%1”.</source>
        <translation>Det finns redan ett konto som heter ”%1”.</translation>
    </message>
    <message>
        <source>A GMO Sign account needs its customer id.</source>
        <translation>Ett GMO Sign-konto behöver sitt kund-id.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Det kontot finns inte längre.</translation>
    </message>
    <message>
        <source>Could not save the draft: the file for %1 is missing. Add the PDF again.</source>
        <translation>Kunde inte spara utkastet: filen för %1 saknas. Lägg till PDF-filen igen.</translation>
    </message>
    <message>
        <source>Could not save the draft: the file for a document is missing. Add the PDF again.</source>
        <translation>Kunde inte spara utkastet: filen för ett dokument saknas. Lägg till PDF-filen igen.</translation>
    </message>
    <message>
        <source>There is no saved layout called “%1” for %2.</source>
        <translation>Det finns ingen sparad layout som heter ”%1” för %2.</translation>
    </message>
    <message>
        <source>%1 changed after it was added to the envelope, so it was not sent. Add the PDF again and check its fields.</source>
        <translation>%1 ändrades efter att den lades till i ärendet, så den skickades inte. Lägg till PDF-filen igen och kontrollera dess fält.</translation>
    </message>
    <message>
        <source>The team&apos;s copy of %1 is damaged, so it was not sent. Send it again from the desktop that has the PDF.</source>
        <translation>Teamets kopia av %1 är skadad, så den skickades inte. Skicka den igen från den dator som har PDF-filen.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2), so it was not sent. Check that the file still exists, or add it again.</source>
        <translation>Kunde inte läsa %1 (%2), så den skickades inte. Kontrollera att filen fortfarande finns, eller lägg till den igen.</translation>
    </message>
    <message>
        <source>Could not queue the envelope for sending: choose an account first.</source>
        <translation>Kunde inte köa ärendet för att skickas: välj ett konto först.</translation>
    </message>
    <message>
        <source>This envelope is already being sent.</source>
        <translation>Det här ärendet håller redan på att skickas.</translation>
    </message>
    <message>
        <source>This envelope may already have been sent: check the service before sending it again, or send a copy (Duplicate as draft).</source>
        <translation>Det här ärendet kan redan ha skickats: kontrollera tjänsten innan du skickar det igen, eller skicka en kopia (Duplicera som utkast).</translation>
    </message>
    <message>
        <source>The send you are following no longer exists.</source>
        <translation>Utskicket du följer finns inte längre.</translation>
    </message>
    <message>
        <source>The record of this send is damaged (unknown state).</source>
        <translation>Posten för det här utskicket är skadad (okänt tillstånd).</translation>
    </message>
    <message>
        <source>Cannot move this send from %1 to %2; it may be handled elsewhere.</source>
        <translation>Det här utskicket kan inte flyttas från ”%1” till ”%2”; det kanske hanteras någon annanstans.</translation>
    </message>
    <message>
        <source>This envelope is still being sent; wait until it finishes.</source>
        <translation>Det här ärendet håller fortfarande på att skickas; vänta tills det är klart.</translation>
    </message>
    <message>
        <source>That record is no longer set aside.</source>
        <translation>Den posten ligger inte längre åt sidan.</translation>
    </message>
    <message>
        <source>It cannot be read back (%1).</source>
        <translation>Den går inte att läsa (%1).</translation>
    </message>
    <message>
        <source>The settings file could not be read (%1); the defaults are used.</source>
        <translation>Inställningsfilen gick inte att läsa (%1); standardinställningarna används.</translation>
    </message>
    <message>
        <source>The settings file was damaged and the defaults are used; the damaged file is kept as %1.</source>
        <translation>Inställningsfilen var skadad och standardinställningarna används; den skadade filen sparas som %1.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and the defaults are used; it could not be renamed to keep it.</source>
        <translation>Inställningsfilen %1 var skadad och standardinställningarna används; den gick inte att byta namn på för att spara den.</translation>
    </message>
    <message>
        <source>The settings file has no valid version; it is read as the current one.</source>
        <translation>Inställningsfilen har ingen giltig version; den läses som den nuvarande.</translation>
    </message>
    <message>
        <source>The settings were saved by a newer version of eSign Desktop; unknown ones are ignored.</source>
        <translation>Inställningarna sparades av en nyare version av eSign Desktop; okända inställningar ignoreras.</translation>
    </message>
    <message>
        <source>There is no way to update the settings from version %1; they are read as they are.</source>
        <translation>Inställningarna från version %1 går inte att uppdatera; de läses som de är.</translation>
    </message>
    <message>
        <source>The sync interval was raised to the minimum, %1 seconds.</source>
        <translation>Intervallet för statusuppdatering höjdes till det minsta tillåtna, %1 sekunder.</translation>
    </message>
    <message>
        <source>The setting “%1” had an invalid value; the default is used.</source>
        <translation>Inställningen ”%1” hade ett ogiltigt värde; standardvärdet används.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>öppna databasen</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>skapa databasen</translation>
    </message>
    <message>
        <source>reading the database version</source>
        <translation>läsa databasens version</translation>
    </message>
    <message>
        <source>updating the database for this version of eSign Desktop</source>
        <translation>uppdatera databasen för den här versionen av eSign Desktop</translation>
    </message>
    <message>
        <source>backing up the database</source>
        <translation>säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>keeping the damaged database aside</source>
        <translation>lägga undan den skadade databasen</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>återställa säkerhetskopian</translation>
    </message>
    <message>
        <source>reading saved data</source>
        <translation>läsa sparade data</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>spara inställningarna</translation>
    </message>
    <message>
        <source>adding the account</source>
        <translation>lägga till kontot</translation>
    </message>
    <message>
        <source>saving the account</source>
        <translation>spara kontot</translation>
    </message>
    <message>
        <source>saving the account&apos;s state</source>
        <translation>spara kontots tillstånd</translation>
    </message>
    <message>
        <source>saving the account&apos;s coordinate convention</source>
        <translation>spara kontots koordinatkonvention</translation>
    </message>
    <message>
        <source>removing the account</source>
        <translation>ta bort kontot</translation>
    </message>
    <message>
        <source>saving the envelope list</source>
        <translation>spara ärendelistan</translation>
    </message>
    <message>
        <source>removing the envelope from the list</source>
        <translation>ta bort ärendet från listan</translation>
    </message>
    <message>
        <source>checking the envelope</source>
        <translation>kontrollera ärendet</translation>
    </message>
    <message>
        <source>recording the envelope&apos;s history</source>
        <translation>registrera ärendets historik</translation>
    </message>
    <message>
        <source>clearing the envelope&apos;s history</source>
        <translation>rensa ärendets historik</translation>
    </message>
    <message>
        <source>saving the calibration record</source>
        <translation>spara kalibreringsposten</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>spara utkastet</translation>
    </message>
    <message>
        <source>opening the draft</source>
        <translation>öppna utkastet</translation>
    </message>
    <message>
        <source>listing the drafts</source>
        <translation>lista utkasten</translation>
    </message>
    <message>
        <source>deleting the draft</source>
        <translation>ta bort utkastet</translation>
    </message>
    <message>
        <source>tidying stored files</source>
        <translation>städa bland sparade filer</translation>
    </message>
    <message>
        <source>making a working copy of the PDF</source>
        <translation>göra en arbetskopia av PDF-filen</translation>
    </message>
    <message>
        <source>saving the layout</source>
        <translation>spara layouten</translation>
    </message>
    <message>
        <source>opening the layout</source>
        <translation>öppna layouten</translation>
    </message>
    <message>
        <source>deleting the layout</source>
        <translation>ta bort layouten</translation>
    </message>
    <message>
        <source>queueing the envelope for sending</source>
        <translation>köa ärendet för att skickas</translation>
    </message>
    <message>
        <source>recording the sending progress</source>
        <translation>spara hur långt utskicket har kommit</translation>
    </message>
    <message>
        <source>removing the send record</source>
        <translation>ta bort posten för utskicket</translation>
    </message>
    <message>
        <source>setting aside a record that cannot be read</source>
        <translation>lägga undan en post som inte går att läsa</translation>
    </message>
    <message>
        <source>listing the records that need attention</source>
        <translation>lista posterna som behöver åtgärdas</translation>
    </message>
    <message>
        <source>counting the records that need attention</source>
        <translation>räkna posterna som behöver åtgärdas</translation>
    </message>
    <message>
        <source>reading a record that needs attention</source>
        <translation>läsa en post som behöver åtgärdas</translation>
    </message>
    <message>
        <source>exporting the record</source>
        <translation>exportera posten</translation>
    </message>
    <message>
        <source>deleting a record that needs attention</source>
        <translation>ta bort en post som behöver åtgärdas</translation>
    </message>
    <message>
        <source>connecting to the team database</source>
        <translation>ansluta till teamdatabasen</translation>
    </message>
    <message>
        <source>preparing the team database</source>
        <translation>förbereda teamdatabasen</translation>
    </message>
    <message>
        <source>reading the team database&apos;s version</source>
        <translation>läsa teamdatabasens version</translation>
    </message>
    <message>
        <source>reading this desktop&apos;s team id</source>
        <translation>läsa den här datorns team-id</translation>
    </message>
    <message>
        <source>introducing this desktop to the team</source>
        <translation>registrera den här datorn i teamet</translation>
    </message>
    <message>
        <source>joining the team&apos;s account</source>
        <translation>ansluta till teamets konto</translation>
    </message>
    <message>
        <source>queueing changes for the team</source>
        <translation>köa ändringar till teamet</translation>
    </message>
    <message>
        <source>reading the changes queued for the team</source>
        <translation>läsa ändringarna som väntar på att gå till teamet</translation>
    </message>
    <message>
        <source>clearing the changes pushed to the team</source>
        <translation>rensa ändringarna som har skickats till teamet</translation>
    </message>
    <message>
        <source>reading the team register</source>
        <translation>läsa teamets register</translation>
    </message>
    <message>
        <source>reading the team&apos;s layouts</source>
        <translation>läsa teamets layouter</translation>
    </message>
    <message>
        <source>reading the team state</source>
        <translation>läsa teamets tillstånd</translation>
    </message>
    <message>
        <source>saving the team state</source>
        <translation>spara teamets tillstånd</translation>
    </message>
    <message>
        <source>reading the team&apos;s status</source>
        <translation>läsa teamets status</translation>
    </message>
    <message>
        <source>counting the team&apos;s calls</source>
        <translation>räkna teamets anrop</translation>
    </message>
    <message>
        <source>claiming the send</source>
        <translation>reservera utskicket</translation>
    </message>
    <message>
        <source>holding the claim on the send</source>
        <translation>behålla reservationen av utskicket</translation>
    </message>
    <message>
        <source>noting which desktop sends it</source>
        <translation>notera vilken dator som skickar det</translation>
    </message>
    <message>
        <source>sharing the PDF with the team</source>
        <translation>dela PDF-filen med teamet</translation>
    </message>
    <message>
        <source>checking the team&apos;s PDFs</source>
        <translation>kontrollera teamets PDF-filer</translation>
    </message>
    <message>
        <source>fetching the PDF from the team</source>
        <translation>hämta PDF-filen från teamet</translation>
    </message>
    <message>
        <source>saving a copy of the team&apos;s PDF on this computer</source>
        <translation>spara en kopia av teamets PDF-fil på den här datorn</translation>
    </message>
    <message>
        <source>tidying the team&apos;s PDFs</source>
        <translation>städa bland teamets PDF-filer</translation>
    </message>
    <message>
        <source>creating the account&apos;s relay token</source>
        <translation>skapa kontots relätoken</translation>
    </message>
    <message>
        <source>saving the account&apos;s relay hooks</source>
        <translation>spara kontots reläkopplingar</translation>
    </message>
    <message>
        <source>reading the account&apos;s relay hooks</source>
        <translation>läsa kontots reläkopplingar</translation>
    </message>
    <message>
        <source>removing the account&apos;s relay token</source>
        <translation>ta bort kontots relätoken</translation>
    </message>
    <message>
        <source>reading the account&apos;s relay</source>
        <translation>läsa kontots relä</translation>
    </message>
    <message>
        <source>reading the relay&apos;s callbacks</source>
        <translation>läsa reläets statusanrop</translation>
    </message>
    <message>
        <source>marking a callback processed</source>
        <translation>markera ett statusanrop som behandlat</translation>
    </message>
    <message>
        <source>looking up a callback token</source>
        <translation>slå upp en anropstoken</translation>
    </message>
    <message>
        <source>storing a callback</source>
        <translation>spara ett statusanrop</translation>
    </message>
    <message>
        <source>counting a refused callback</source>
        <translation>räkna ett avvisat statusanrop</translation>
    </message>
    <message>
        <source>checking the team database</source>
        <translation>kontrollera teamdatabasen</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>Kunde inte skriva till %1: %2</translation>
    </message>
    <message>
        <source>“%1” was made without %2: the PDF is no longer on this computer. Add it again in the draft.</source>
        <translation>”%1” skapades utan %2: PDF-filen finns inte längre på den här datorn. Lägg till den igen i utkastet.</translation>
    </message>
    <message>
        <source>The local receiver for status callbacks did not start.</source>
        <translation>Den lokala mottagaren för statusanrop startade inte.</translation>
    </message>
    <message>
        <source>%1: status callbacks are off: %2</source>
        <translation>%1: statusanrop är avstängda: %2</translation>
    </message>
    <message>
        <source>This file cannot be used as a PDF document.</source>
        <translation>Filen kan inte användas som PDF-dokument.</translation>
    </message>
    <message>
        <source>This is not a PDF file. Choose a PDF document (the name usually ends in .pdf).</source>
        <translation>Det här är ingen PDF-fil. Välj ett PDF-dokument (namnet slutar oftast på .pdf).</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete (perhaps a download was cut short). Open it in a PDF viewer, save a fresh copy, and add that copy instead.</source>
        <translation>PDF-filen är skadad eller ofullständig (kanske avbröts en nedladdning). Öppna den i en PDF-läsare, spara en ny kopia och lägg till den i stället.</translation>
    </message>
    <message>
        <source>The PDF is password protected. Remove the password (open it and save or print it to a new PDF) and add the unprotected copy.</source>
        <translation>PDF-filen är lösenordsskyddad. Ta bort lösenordet (öppna den och spara eller skriv ut den till en ny PDF) och lägg till den oskyddade kopian.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF-filen har inga sidor.</translation>
    </message>
    <message>
        <source>The PDF is too large to send. Reduce its size (for example, compress images) and try again.</source>
        <translation>PDF-filen är för stor för att skickas. Minska storleken (till exempel genom att komprimera bilder) och försök igen.</translation>
    </message>
    <message>
        <source>The PDF is %1 MB; the limit is %2 MB. Reduce its size (for example, compress images) and try again.</source>
        <translation>PDF-filen är %1 MB; gränsen är %2 MB. Minska storleken (till exempel genom att komprimera bilder) och försök igen.</translation>
    </message>
    <message>
        <source>A page of this PDF cannot be displayed reliably.</source>
        <translation>En sida i PDF-filen kan inte visas på ett tillförlitligt sätt.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Sida %1: %2</translation>
    </message>
    <message>
        <source>The PDF is already digitally signed. Adding fields would invalidate the existing signatures: send the document without placed fields, or use an unsigned copy.</source>
        <translation>PDF-filen är redan digitalt signerad. Att lägga till fält skulle ogiltigförklara de befintliga signaturerna: skicka dokumentet utan placerade fält, eller använd en osignerad kopia.</translation>
    </message>
    <message>
        <source>The PDF is protected with a password. Enter the password to use it: the app makes an unprotected working copy for this draft and does not keep the password.</source>
        <translation>PDF-filen är skyddad med ett lösenord. Ange lösenordet för att använda den: appen gör en oskyddad arbetskopia för det här utkastet och sparar inte lösenordet.</translation>
    </message>
    <message>
        <source>The password is not correct for this PDF. Check it and try again.</source>
        <translation>Lösenordet stämmer inte för den här PDF-filen. Kontrollera det och försök igen.</translation>
    </message>
    <message>
        <source>The PDF is encrypted for particular recipients&apos; certificates (public-key encryption), not with a password. It is not damaged, but only those recipients can open it: ask the sender for an unencrypted copy and add that instead.</source>
        <translation>PDF-filen är krypterad för vissa mottagares certifikat (kryptering med öppen nyckel), inte med ett lösenord. Den är inte skadad, men bara de mottagarna kan öppna den: be avsändaren om en okrypterad kopia och lägg till den i stället.</translation>
    </message>
    <message>
        <source>The PDF is encrypted with an owner password: it opens without one, but its author restricted what may be done with it. GMO Sign refuses encrypted files, and placing fields for Assently writes a copy without the restrictions. To send it, confirm that you may remove the restrictions: the app then uses an unrestricted copy (the original file is not changed). Restrictions: %1.</source>
        <translation>PDF-filen är krypterad med ett ägarlösenord: den öppnas utan lösenord, men upphovspersonen har begränsat vad som får göras med den. GMO Sign tar inte emot krypterade filer, och när fält placeras för Assently skrivs en kopia utan begränsningarna. Bekräfta att du får ta bort begränsningarna för att skicka den: appen använder sedan en kopia utan begränsningar (originalfilen ändras inte). Begränsningar: %1.</translation>
    </message>
    <message>
        <source>The PDF is damaged (for example junk before its start, a broken last update or a broken page list), but a repaired copy can be made. Repair it to continue: the repaired copy is used from then on and the original file is not changed. Check the pages after repairing.</source>
        <translation>PDF-filen är skadad (till exempel skräp före början, en trasig senaste uppdatering eller en trasig sidlista), men en reparerad kopia kan göras. Reparera den för att fortsätta: den reparerade kopian används därefter och originalfilen ändras inte. Kontrollera sidorna efter reparationen.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it still exists and that you may open it.</source>
        <translation>Filen kan inte läsas. Kontrollera att den fortfarande finns och att du får öppna den.</translation>
    </message>
    <message>
        <source>The file cannot be read or the copy cannot be written. Check the file and the free disk space.</source>
        <translation>Filen kan inte läsas eller kopian kan inte skrivas. Kontrollera filen och det lediga diskutrymmet.</translation>
    </message>
    <message>
        <source>Field %1 is on page %2, but the document has %3 pages.</source>
        <translation>Fält %1 ligger på sida %2, men dokumentet har %3 sidor.</translation>
    </message>
    <message>
        <source>%1 sent %2 instead of a PDF for &apos;%3&apos;; nothing was saved. Try again later; if it keeps happening, check the account&apos;s address.</source>
        <translation>%1 skickade %2 i stället för en PDF för ”%3”; inget sparades. Försök igen senare; om det fortsätter, kontrollera kontots adress.</translation>
    </message>
    <message>
        <source>The service sent something other than a PDF for &apos;%1&apos; (%2); nothing was saved. Try again later; if it keeps happening, check the account&apos;s address.</source>
        <translation>Tjänsten skickade något annat än en PDF för ”%1” (%2); inget sparades. Försök igen senare; om det fortsätter, kontrollera kontots adress.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none (but the file is still encrypted)</source>
        <translation>inga (men filen är fortfarande krypterad)</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>en webbsida</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>ingen PDF</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The calibration record %1 cannot be read (%2); send a new one.</source>
        <translation>Kalibreringsposten %1 kan inte läsas (%2); skicka en ny.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; give your own, you will sign it.</source>
        <translation>”%1” är ingen e-postadress; ange din egen, du ska själv signera.</translation>
    </message>
    <message>
        <source>The calibration envelope was not sent: %1</source>
        <translation>Kalibreringsärendet skickades inte: %1</translation>
    </message>
    <message>
        <source>No calibration was sent for “%1”: send one first (esign calibrate --email).</source>
        <translation>Ingen kalibrering har skickats för ”%1”: skicka en först (esign calibrate --email).</translation>
    </message>
    <message>
        <source>The calibration envelope is no longer in the local list; send a new one.</source>
        <translation>Kalibreringsärendet finns inte längre i den lokala listan; skicka ett nytt.</translation>
    </message>
    <message>
        <source>The signed document could not be downloaded: %1</source>
        <translation>Det signerade dokumentet kunde inte laddas ner: %1</translation>
    </message>
    <message>
        <source>A page has no usable size (its MediaBox is missing or has zero width or height). Re-save the PDF from its original application and try again.</source>
        <translation>En sida saknar användbar storlek (dess MediaBox saknas eller har bredden eller höjden noll). Spara PDF-filen på nytt från programmet den skapades i och försök igen.</translation>
    </message>
    <message>
        <source>The page rotation %1 is not a multiple of 90 degrees, so the page cannot be shown reliably. Re-save the PDF from its original application and try again.</source>
        <translation>Sidans rotation %1 är inte en multipel av 90 grader, så sidan kan inte visas tillförlitligt. Spara PDF-filen på nytt från programmet den skapades i och försök igen.</translation>
    </message>
    <message>
        <source>This send could not be resumed (%1). Check on the service whether it arrived.</source>
        <translation>Utskicket kunde inte återupptas (%1). Kontrollera i tjänsten om det har kommit fram.</translation>
    </message>
    <message>
        <source>Gave up after %1 tries: %2 It will not be sent twice.</source>
        <translation>Gav upp efter %1 försök: %2 Det skickas inte två gånger.</translation>
    </message>
    <message>
        <source>The answer to the signature request never came, so it may have been sent: check GMO Sign for an envelope with the document code(s) %1 before sending it again. It will not be requested again automatically.</source>
        <translation>Svaret på signeringsbegäran kom aldrig, så ärendet kan ha skickats: leta i GMO Sign efter ett ärende med dokumentkod(erna) %1 innan du skickar det igen. Det begärs inte igen automatiskt.</translation>
    </message>
    <message>
        <source>The answer to the signature request never came, so it may have been sent: check GMO Sign for the envelope before sending it again. It will not be requested again automatically.</source>
        <translation>Svaret på signeringsbegäran kom aldrig, så ärendet kan ha skickats: leta efter ärendet i GMO Sign innan du skickar det igen. Det begärs inte igen automatiskt.</translation>
    </message>
    <message>
        <source>It was not sent: %1</source>
        <translation>Det skickades inte: %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>being created</source>
        <translation>skapas</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapat</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>skickas</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckat</translation>
    </message>
    <message>
        <source>kept as a draft</source>
        <translation>sparat som utkast</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; is it an envelope spec?</source>
        <translation>%1 är större än %2 MB; är det verkligen en ärendefil?</translation>
    </message>
    <message>
        <source>%1 is not a readable JSON file: %2</source>
        <translation>%1 är ingen läsbar JSON-fil: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>filen är inte UTF-8-text</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (rad %2, kolumn %3)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON-datan är för djupt nästlad</translation>
    </message>
    <message>
        <source>a number is too long</source>
        <translation>ett tal är för långt</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object</source>
        <translation>nyckeln %1 förekommer två gånger i samma objekt</translation>
    </message>
    <message>
        <source>the spec must be a JSON object</source>
        <translation>filen måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>“%1” is one of %2</source>
        <translation>”%1” är något av %2</translation>
    </message>
    <message>
        <source>%1 (found %2)</source>
        <translation>%1 (hittade %2)</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>måste vara minst %1</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>måste vara mer än %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>får vara högst %1</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>måste vara mindre än %1</translation>
    </message>
    <message>
        <source>must have at least %1 item(s)</source>
        <translation>måste ha minst %1 element</translation>
    </message>
    <message>
        <source>must have at most %1 item(s)</source>
        <translation>får ha högst %1 element</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 kan inte öppnas</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 finns inte</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kan inte läsas (%2)</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>id %1 används två gånger</translation>
    </message>
    <message>
        <source>there is no document %1</source>
        <translation>det finns inget dokument %1</translation>
    </message>
    <message>
        <source>page %1 is out of range (the document has %2 pages)</source>
        <translation>sidan %1 finns inte (dokumentet har %2 sidor)</translation>
    </message>
    <message>
        <source>unknown party %1</source>
        <translation>okänd part %1</translation>
    </message>
    <message>
        <source>“rect” must be [x1, y1, x2, y2] in percent, inside 0..100, not empty</source>
        <translation>”rect” måste vara [x1, y1, x2, y2] i procent, inom 0..100 och inte tom</translation>
    </message>
    <message>
        <source>contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>innehåller ett ogiltigt tecken (ett ensamt UTF-16-surrogat)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>innehåller ett NUL-tecken</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>måste vara ett tal</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>is not a known key (check its spelling)</source>
        <translation>är ingen känd nyckel (kontrollera stavningen)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>måste vara ett ändligt tal</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>är för lång</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>en annan typ</translation>
    </message>
</context>
<context>
    <name>EventTrail</name>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjt</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Påminnelse skickad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Godkännande begärt</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status ändrad</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutfört</translation>
    </message>
    <message>
        <source>Metadata saved</source>
        <translation>Metadata sparad</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Nedladdat</translation>
    </message>
    <message>
        <source>Created from a template</source>
        <translation>Skapat från en mall</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Duplicerat</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänsten</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Statuskontroll</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Den här appen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Sett av</translation>
    </message>
</context>
<context>
    <name>ExistingFieldsLayer</name>
    <message>
        <source>The field on page %1 covers the document&apos;s own form field “%2”. Check its place.</source>
        <translation>Fältet på sidan %1 täcker dokumentets eget formulärfält ”%2”. Kontrollera placeringen.</translation>
    </message>
    <message>
        <source>The field on page %1 covers an annotation (%2) of the document. Check its place.</source>
        <translation>Fältet på sidan %1 täcker en anteckning (%2) i dokumentet. Kontrollera placeringen.</translation>
    </message>
</context>
<context>
    <name>FieldDescription</name>
    <message>
        <source>%1 field “%2” for %3 on page %4</source>
        <translation>%1-fält ”%2” för %3 på sidan %4</translation>
    </message>
    <message>
        <source>%1 field for %2 on page %3</source>
        <translation>%1-fält för %2 på sidan %3</translation>
    </message>
    <message>
        <source>%1 field “%2” on page %3</source>
        <translation>%1-fält ”%2” på sidan %3</translation>
    </message>
    <message>
        <source>%1 field on page %2</source>
        <translation>%1-fält på sidan %2</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation>%1 i ”%2”</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Add field</source>
        <translation>Lägg till fält</translation>
    </message>
    <message>
        <source>Delete fields</source>
        <translation>Radera fält</translation>
    </message>
</context>
<context>
    <name>FieldKind</name>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kryssruta</translation>
    </message>
</context>
<context>
    <name>FieldKindButton</name>
    <message>
        <source>Click, then draw on a page; or drag onto a page; or press %1 over a page.</source>
        <translation>Klicka och rita sedan på en sida, eller dra till en sida, eller tryck %1 över en sida.</translation>
    </message>
</context>
<context>
    <name>FieldOverlay</name>
    <message>
        <source>Fields on the pages</source>
        <translation>Fält på sidorna</translation>
    </message>
    <message>
        <source>Add %1 field</source>
        <translation>Lägg till %1fält</translation>
    </message>
    <message>
        <source>Nudge fields</source>
        <translation>Knuffa fält</translation>
    </message>
    <message>
        <source>Select two or more fields to align them.</source>
        <translation>Välj två eller fler fält för att justera dem.</translation>
    </message>
    <message>
        <source>Align fields</source>
        <translation>Justera fält</translation>
    </message>
    <message>
        <source>Select three or more fields on one page to distribute them.</source>
        <translation>Markera tre eller fler fält på samma sida för att fördela dem.</translation>
    </message>
    <message>
        <source>Distribute fields</source>
        <translation>Fördela fält</translation>
    </message>
    <message>
        <source>Select two or more fields to give them the same size.</source>
        <translation>Markera två eller fler fält för att ge dem samma storlek.</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>Samma storlek</translation>
    </message>
    <message>
        <source>Nothing to paste: copy fields first.</source>
        <translation>Inget att klistra in: kopiera fält först.</translation>
    </message>
    <message>
        <source>Paste fields</source>
        <translation>Klistra in fält</translation>
    </message>
    <message>
        <source>Select the fields to duplicate first.</source>
        <translation>Välj först fälten som ska dupliceras.</translation>
    </message>
    <message>
        <source>Duplicate fields to pages</source>
        <translation>Duplicera fält till sidor</translation>
    </message>
    <message>
        <source>Move fields</source>
        <translation>Flytta fält</translation>
    </message>
    <message>
        <source>Resize field</source>
        <translation>Ändra fältets storlek</translation>
    </message>
    <message>
        <source>Draw %1 field</source>
        <translation>Rita %1fält</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Avsändare</translation>
    </message>
</context>
<context>
    <name>FieldPalette</name>
    <message>
        <source>New fields for</source>
        <translation>Nya fält för</translation>
    </message>
    <message>
        <source>Party for new fields</source>
        <translation>Part för nya fält</translation>
    </message>
    <message>
        <source>Selecting a party in the list of parties chooses it here too</source>
        <translation>När du väljer en part i listan över parter väljs den även här</translation>
    </message>
    <message>
        <source>Select (Esc)</source>
        <translation>Markera (Esc)</translation>
    </message>
    <message>
        <source>Sender (fills before sending)</source>
        <translation>Avsändare (fyller i före sändning)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>already signed: not a new field</source>
        <translation>redan signerat: inget nytt fält</translation>
    </message>
    <message>
        <source>belongs to no form field: ignored</source>
        <translation>hör inte till något formulärfält: ignoreras</translation>
    </message>
    <message>
        <source>radio buttons: no such field at the service</source>
        <translation>alternativknappar: tjänsten har inget sådant fält</translation>
    </message>
    <message>
        <source>list or drop-down: no such field at the service</source>
        <translation>lista eller rullgardinsmeny: tjänsten har inget sådant fält</translation>
    </message>
    <message>
        <source>Fields found in the document</source>
        <translation>Fält som hittades i dokumentet</translation>
    </message>
    <message>
        <source>Tick the fields to add. Tags are given to the party with their number.</source>
        <translation>Kryssa för fälten som ska läggas till. Taggar ges till parten med deras nummer.</translation>
    </message>
    <message>
        <source>The document has no form fields and no {{signature:1}}-style tags.</source>
        <translation>Dokumentet har inga formulärfält och inga taggar av typen {{signature:1}}.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Inte importerat</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Import fields from the document</source>
        <translation>Importera fält från dokumentet</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No system keyring is available, so passwords and API keys are kept only until eSign Desktop closes and you will be asked for them again next time. To have them remembered, install and unlock a keyring service (GNOME Keyring, KWallet, or the Windows/macOS credential store).</source>
        <translation>Ingen nyckelring finns i systemet, så lösenord och API-nycklar sparas bara tills eSign Desktop stängs och du får ange dem igen nästa gång. Installera och lås upp en nyckelringstjänst (GNOME Keyring, KWallet eller Windows/macOS-nyckelhanteraren) för att de ska sparas.</translation>
    </message>
</context>
<context>
    <name>LayoutDialog</name>
    <message>
        <source>Save layout</source>
        <translation>Spara layout</translation>
    </message>
    <message>
        <source>Apply layout</source>
        <translation>Använd layout</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>Layoutens namn</translation>
    </message>
    <message>
        <source>e.g. Lease, two tenants</source>
        <translation>t.ex. Hyresavtal, två hyresgäster</translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation>Sparade layouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>Saving under an existing name replaces that layout.</source>
        <translation>Att spara under ett befintligt namn ersätter den layouten.</translation>
    </message>
    <message>
        <source>Choose a layout.</source>
        <translation>Välj en layout.</translation>
    </message>
    <message>
        <source>No layouts are saved for this service yet.</source>
        <translation>Inga layouter har sparats för den här tjänsten än.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>esign-desktop main window</source>
        <translation>esign-desktop huvudfönster</translation>
    </message>
    <message>
        <source>Search envelopes</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Search name, party or account (Ctrl+F)</source>
        <translation>Sök namn, part eller konto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Views, list and details</source>
        <translation>Vyer, lista och detaljer</translation>
    </message>
    <message>
        <source>Envelope actions</source>
        <translation>Åtgärder för ärenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New envelope…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>Prepare a new envelope in the composer</source>
        <translation>Förbered ett nytt ärende i redigeraren</translation>
    </message>
    <message>
        <source>New envelope</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konton…</translation>
    </message>
    <message>
        <source>&amp;Calibrate placement…</source>
        <translation>Ka&amp;librera placering…</translation>
    </message>
    <message>
        <source>Check that signatures land where fields are placed</source>
        <translation>Kontrollera att underskrifter hamnar där fälten placeras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Databas…</translation>
    </message>
    <message>
        <source>The database this office&apos;s desktops share (team mode)</source>
        <translation>Databasen som kontorets datorer delar (teamläge)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About eSign Desktop</source>
        <translation>&amp;Om eSign Desktop</translation>
    </message>
    <message>
        <source>The version, and where your data and logs are kept</source>
        <translation>Versionen, och var dina data och loggar sparas</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Number of envelopes shown</source>
        <translation>Antal visade ärenden</translation>
    </message>
    <message>
        <source>Signing link copied</source>
        <translation>Signeringslänken har kopierats</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete envelopes</source>
        <translation>Radera ärenden</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Radera ”%1”?</translation>
    </message>
    <message>
        <source>Te&amp;am</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Team mode</source>
        <translation>Teamläge</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlöst)</translation>
    </message>
    <message>
        <source>Recall “%1”?</source>
        <translation>Återkalla ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Recall %n envelope(s)?</source>
        <translation>
            <numerusform>Återkalla %n ärende?</numerusform>
            <numerusform>Återkalla %n ärenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall envelopes</source>
        <translation>Återkalla ärenden</translation>
    </message>
    <message>
        <source>The parties can no longer sign, and the service tells them the envelope was recalled. It takes no reason: to explain, write to the parties yourself.</source>
        <translation>Parterna kan inte längre signera, och tjänsten meddelar dem att ärendet har återkallats. Tjänsten tar inte emot någon anledning: skriv själv till parterna om du vill förklara.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n envelope(s)?</source>
        <translation>
            <numerusform>Radera %n ärende?</numerusform>
            <numerusform>Radera %n ärenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelopes that are out for signature are recalled first. This cannot be undone.</source>
        <translation>Ärenden som är ute för signering återkallas först. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Export visible envelopes</source>
        <translation>Exportera synliga ärenden</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Kunde inte skriva %1: %2. Välj en annan mapp.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n envelope(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n ärende till %1.</numerusform>
            <numerusform>Exporterade %n ärenden till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Kopiera feldetaljer</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste into a problem report</source>
        <translation>Kopiera de tekniska detaljerna för att klistra in i en felrapport</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Visa tidigare meddelanden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier</source>
        <translation>
            <numerusform>%n tidigare</numerusform>
            <numerusform>%n tidigare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Visa %n tidigare meddelande</numerusform>
            <numerusform>Visa %n tidigare meddelanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageHistoryPopup</name>
    <message>
        <source>Earlier messages</source>
        <translation>Tidigare meddelanden</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Unnamed party</source>
        <translation>Namnlös part</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>Parties, in signing order</source>
        <translation>Parter, i signeringsordning</translation>
    </message>
    <message>
        <source>Add sig&amp;ner</source>
        <translation>Lägg till &amp;undertecknare</translation>
    </message>
    <message>
        <source>Add &amp;approver</source>
        <translation>Lägg till &amp;godkännare</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ner</translation>
    </message>
    <message>
        <source>Sign earlier (Alt+Up)</source>
        <translation>Signera tidigare (Alt+Upp)</translation>
    </message>
    <message>
        <source>Sign later (Alt+Down)</source>
        <translation>Signera senare (Alt+Ned)</translation>
    </message>
    <message>
        <source>Parties with the same number sign at the same time</source>
        <translation>Parter med samma nummer signerar samtidigt</translation>
    </message>
    <message>
        <source>e.g. A: any one of the group signing is enough</source>
        <translation>t.ex. A: det räcker att någon i gruppen signerar</translation>
    </message>
    <message>
        <source>Optional: a code you give the party separately</source>
        <translation>Valfritt: en kod som du ger parten separat</translation>
    </message>
    <message>
        <source>Who will be there when they sign</source>
        <translation>Den som är med när de skriver under</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Lägg till mottagare</translation>
    </message>
    <message>
        <source>May delegate signing to someone else</source>
        <translation>Får delegera signeringen till någon annan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>In-house or external</source>
        <translation>Intern eller extern</translation>
    </message>
    <message>
        <source>Signing order</source>
        <translation>Signeringsordning</translation>
    </message>
    <message>
        <source>Any-one-of group</source>
        <translation>Någon-av-grupp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Sign type</source>
        <translation>Signeringssätt</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Åtkomstkod</translation>
    </message>
    <message>
        <source>Attendant&apos;s email</source>
        <translation>Närvarandes e-post</translation>
    </message>
    <message>
        <source>May delegate</source>
        <translation>Får delegera</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>Ro&amp;ll</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Signing or&amp;der</source>
        <translation>Signerings&amp;ordning</translation>
    </message>
    <message>
        <source>Any one of</source>
        <translation>Någon av</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Organisa&amp;tion</source>
        <translation>Organisat&amp;ion</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tel&amp;efon</translation>
    </message>
    <message>
        <source>Sign t&amp;ype</source>
        <translation>Signeringss&amp;ätt</translation>
    </message>
    <message>
        <source>Atte&amp;ndant&apos;s email</source>
        <translation>Närvarandes e-&amp;post</translation>
    </message>
    <message>
        <source>A&amp;ccess code</source>
        <translation>Åt&amp;komstkod</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Lägg till part</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Ta bort part</translation>
    </message>
    <message>
        <source>Move party</source>
        <translation>Flytta part</translation>
    </message>
    <message>
        <source>any one of %1</source>
        <translation>någon av %1</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>Tjänstens standard</translation>
    </message>
    <message>
        <source>Only signers have a sign type</source>
        <translation>Bara undertecknare har ett signeringssätt</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Redigera part</translation>
    </message>
</context>
<context>
    <name>PartyPreviewOverlay</name>
    <message>
        <source>Preview of the fields one party sees</source>
        <translation>Förhandsvisning av fälten som en part ser</translation>
    </message>
</context>
<context>
    <name>PartyRole</name>
    <message>
        <source>Signer</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Godkännare</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
</context>
<context>
    <name>PartyStatus</name>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjt</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the PDF</source>
        <translation>Lösenord för PDF-filen</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Enter it to use the document: the draft keeps an unprotected working copy, and the password is not stored anywhere.</source>
        <translation>”%1” är skyddad med ett lösenord. Ange det för att använda dokumentet: utkastet behåller en oskyddad arbetskopia, och lösenordet sparas ingenstans.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
</context>
<context>
    <name>PdfIntake</name>
    <message>
        <source>changing the document</source>
        <translation>ändra dokumentet</translation>
    </message>
    <message>
        <source>inserting, removing or rotating pages</source>
        <translation>infoga, ta bort eller rotera sidor</translation>
    </message>
    <message>
        <source>filling in form fields</source>
        <translation>fylla i formulärfält</translation>
    </message>
    <message>
        <source>adding comments and fields</source>
        <translation>lägga till kommentarer och fält</translation>
    </message>
    <message>
        <source>copying text and images</source>
        <translation>kopiera text och bilder</translation>
    </message>
    <message>
        <source>high-quality printing</source>
        <translation>utskrift i hög kvalitet</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>utskrift</translation>
    </message>
    <message>
        <source>extracting text for accessibility</source>
        <translation>textutdrag för tillgänglighet</translation>
    </message>
    <message>
        <source>none, but the file is encrypted</source>
        <translation>inga, men filen är krypterad</translation>
    </message>
    <message>
        <source>GMO Sign refuses encrypted files, so only an unrestricted copy can be sent.</source>
        <translation>GMO Sign tar inte emot krypterade filer, så bara en kopia utan begränsningar kan skickas.</translation>
    </message>
    <message>
        <source>Assently receives a copy with your fields, and that copy cannot keep the restrictions.</source>
        <translation>Assently får en kopia med dina fält, och den kopian kan inte behålla begränsningarna.</translation>
    </message>
    <message>
        <source>“%1” is encrypted by its author with restrictions (%2). %3 Only continue if you may remove the restrictions: the draft then uses an unrestricted copy; your original file is not changed.</source>
        <translation>”%1” är krypterad av upphovspersonen med begränsningar (%2). %3 Fortsätt bara om du får ta bort begränsningarna: utkastet använder då en kopia utan begränsningar; originalfilen ändras inte.</translation>
    </message>
    <message>
        <source>I may remove the restrictions</source>
        <translation>Jag får ta bort begränsningarna</translation>
    </message>
    <message>
        <source>“%1” is damaged, but a repaired copy can be made. The draft then uses the repaired copy; your original file is not changed. Check every page after repairing.</source>
        <translation>”%1” är skadad, men en reparerad kopia kan skapas. Utkastet använder då den reparerade kopian; originalfilen ändras inte. Kontrollera varje sida efter reparationen.</translation>
    </message>
    <message>
        <source>Repair a copy</source>
        <translation>Reparera en kopia</translation>
    </message>
    <message>
        <source>%1 could not be copied (%2).</source>
        <translation>%1 kunde inte kopieras (%2).</translation>
    </message>
    <message>
        <source>That password is not correct. Try again.</source>
        <translation>Lösenordet är inte rätt. Försök igen.</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>Document pages</source>
        <translation>Dokumentets sidor</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Ticked by default</source>
        <translation>Ikryssad från början</translation>
    </message>
    <message>
        <source>Filled in by you before sending</source>
        <translation>Fylls i av dig före sändning</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höjd</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Label / tag</source>
        <translation>Etikett / tagg</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platshållare</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Teckenstorlek</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Change required</source>
        <translation>Ändra obligatoriskt</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Ändra etikett</translation>
    </message>
    <message>
        <source>Change placeholder</source>
        <translation>Ändra platshållare</translation>
    </message>
    <message>
        <source>Change checkbox default</source>
        <translation>Ändra kryssrutans standardläge</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>Ändra värde</translation>
    </message>
    <message>
        <source>Select a field to edit its properties.</source>
        <translation>Välj ett fält för att redigera dess egenskaper.</translation>
    </message>
    <message>
        <source>%1 field on page %2</source>
        <translation>%1-fält på sidan %2</translation>
    </message>
    <message>
        <source>%1 fields selected</source>
        <translation>%1 fält markerade</translation>
    </message>
    <message>
        <source>Sender (fills before sending)</source>
        <translation>Avsändare (fyller i före sändning)</translation>
    </message>
    <message>
        <source>Change position</source>
        <translation>Ändra position</translation>
    </message>
    <message>
        <source>Change party</source>
        <translation>Ändra part</translation>
    </message>
    <message>
        <source>Change font size</source>
        <translation>Ändra teckenstorlek</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation>Problem att åtgärda före sändning</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Sändningens förlopp</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Send the envelope</source>
        <translation>Skicka ärendet</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Måste åtgärdas</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Click to go to the problem</source>
        <translation>Klicka för att gå till problemet</translation>
    </message>
    <message>
        <source>Sent. The parties have been notified.</source>
        <translation>Skickat. Parterna har meddelats.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Inte skickat: %1</translation>
    </message>
    <message>
        <source>%1 to fix before sending</source>
        <translation>%1 att åtgärda före sändning</translation>
    </message>
    <message>
        <source>thing</source>
        <translation>sak</translation>
    </message>
    <message>
        <source>things</source>
        <translation>saker</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Redo att skicka</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>varningar</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of a sentence</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>SessionAdapter</name>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Ångra %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gör om %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the app&apos;s texts.</source>
        <translation>Språket i appens texter.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language or theme is used from the next start.</source>
        <translation>Ett nytt språk eller tema används från nästa start.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system.</source>
        <translation>Ljusa eller mörka färger, eller som systemet.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Notify me when an envelope&apos;s status changes</source>
        <translation>&amp;Meddela mig när ett ärendes status ändras</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
    <message>
        <source>Show a desktop notification when an envelope is signed, declined or expires.</source>
        <translation>Visa en skrivbordsavisering när ett ärende signeras, avböjs eller går ut.</translation>
    </message>
    <message>
        <source>Signed or approved by someone</source>
        <translation>Någon har signerat eller godkänt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutfört</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Action needed (waiting for approval)</source>
        <translation>Åtgärd behövs (väntar på godkännande)</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Sändningen misslyckades</translation>
    </message>
    <message>
        <source>Notify: %1</source>
        <translation>Avisera: %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Status update interval in seconds</source>
        <translation>Intervall för statusuppdatering i sekunder</translation>
    </message>
    <message>
        <source>How often an account with nothing out for signature is asked for news. Envelopes waiting for someone are checked as often as the account&apos;s call budget allows.</source>
        <translation>Hur ofta ett konto utan något ute för signering tillfrågas om nyheter. Kuvert som väntar på någon kontrolleras så ofta som kontots anropsbudget tillåter.</translation>
    </message>
    <message>
        <source>Check finished envelopes &amp;every:</source>
        <translation>Kontrollera avslutade kuvert &amp;var:</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Nedladdningsmapp</translation>
    </message>
    <message>
        <source>Where signed documents and receipts are saved. Leave empty for the default folder.</source>
        <translation>Där signerade dokument och kvitton sparas. Lämna tomt för standardmappen.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Välj nedladdningsmappen</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Nedladdningsmapp:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Öppna data&amp;mappen</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Öppna datamappen i filhanteraren</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamapp:</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Loggnivå</translation>
    </message>
    <message>
        <source>How much the app writes to its log file. Debug is the most.</source>
        <translation>Hur mycket appen skriver i sin loggfil. Felsökning är mest.</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Felsökning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Bara fel</translation>
    </message>
    <message>
        <source>Open log folde&amp;r</source>
        <translation>Öppna logg&amp;mappen</translation>
    </message>
    <message>
        <source>Open the log folder in the file manager</source>
        <translation>Öppna loggmappen i filhanteraren</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>Logg&amp;nivå:</translation>
    </message>
    <message>
        <source>Save settings and close</source>
        <translation>Spara inställningarna och stäng</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>Enter a full path, for example %1.</source>
        <translation>Ange en fullständig sökväg, till exempel %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>Each update of an account uses up to %1 calls (a list and up to %2 envelope details), and a service allows %3 calls per %4 s for each account. Every %5 s that is at most %6 calls per %4 s, leaving the rest for sending and downloading. Shortest allowed: %7 s.</source>
        <translation>Varje uppdatering av ett konto använder upp till %1 anrop (en lista och upp till %2 ärendedetaljer), och en tjänst tillåter %3 anrop per %4 s för varje konto. Var %5:e sekund blir det högst %6 anrop per %4 s, och resten blir kvar för att skicka och ladda ner. Kortast tillåtet: %7 s.</translation>
    </message>
</context>
<context>
    <name>SignType</name>
    <message>
        <source>Electronic ID (BankID and similar)</source>
        <translation>E-legitimation (BankID och liknande)</translation>
    </message>
    <message>
        <source>Touch (draw on screen)</source>
        <translation>Touch (rita på skärmen)</translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation>SMS-kod</translation>
    </message>
    <message>
        <source>Quick intent (click to sign)</source>
        <translation>Snabb avsikt (klicka för att signera)</translation>
    </message>
    <message>
        <source>Sign by hand</source>
        <translation>Signera för hand</translation>
    </message>
    <message>
        <source>Personal seal (certificate-based)</source>
        <translation>Personlig sigill (certifikatbaserad)</translation>
    </message>
    <message>
        <source>Contract seal (witness type)</source>
        <translation>Avtalssigill (vittnestyp)</translation>
    </message>
    <message>
        <source>E-signature</source>
        <translation>E-signatur</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Digital signatur</translation>
    </message>
    <message>
        <source>Signature in person</source>
        <translation>Signatur på plats</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>The document has not been changed since.</source>
        <translation>Dokumentet har inte ändrats sedan dess.</translation>
    </message>
    <message>
        <source>The signed content is unchanged, but later additions were made to the file (further signatures or filled-in form fields).</source>
        <translation>Det signerade innehållet är oförändrat, men filen har fått tillägg efteråt (fler signaturer eller ifyllda formulärfält).</translation>
    </message>
    <message>
        <source>The signed content is unchanged, but the file was changed after signing: check the later changes.</source>
        <translation>Det signerade innehållet är oförändrat, men filen har ändrats efter signeringen: kontrollera de senare ändringarna.</translation>
    </message>
    <message>
        <source>The document has been modified since it was signed, so this signature is broken.</source>
        <translation>Dokumentet har ändrats sedan det signerades, så signaturen är inte längre giltig.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted by this computer.</source>
        <translation>Undertecknarens certifikat är betrott på den här datorn.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>Undertecknarens certifikat har återkallats.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted by this computer.</source>
        <translation>Undertecknarens certifikat är inte betrott på den här datorn.</translation>
    </message>
    <message>
        <source>This signature cannot be checked: its signed byte ranges cannot be read. Treat the document as unverified.</source>
        <translation>Signaturen kan inte kontrolleras: de signerade byteintervallen går inte att läsa. Behandla dokumentet som overifierat.</translation>
    </message>
    <message>
        <source>This signature cannot be checked: its signature data cannot be read. Treat the document as unverified.</source>
        <translation>Signaturen kan inte kontrolleras: signaturdata går inte att läsa. Behandla dokumentet som overifierat.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Signerat av %1 den %2.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signerat av %1.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>Teamdatabas</translation>
    </message>
    <message>
        <source>In team mode the desktops of an office share one PostgreSQL database: accounts (never their secrets), envelopes, events, layouts and the outbox. Drafts and secrets stay on this computer, and the window keeps working from its local copy when the database is out of reach.</source>
        <translation>I teamläge delar kontorets datorer en PostgreSQL-databas: konton (aldrig deras hemligheter), kuvert, händelser, layouter och utkorgen. Utkast och hemligheter stannar på den här datorn, och fönstret fortsätter att arbeta från sin lokala kopia när databasen inte går att nå.</translation>
    </message>
    <message>
        <source>Team database address</source>
        <translation>Teamdatabasens adress</translation>
    </message>
    <message>
        <source>A PostgreSQL address without the password. Leave empty to work alone.</source>
        <translation>En PostgreSQL-adress utan lösenord. Lämna tomt för att arbeta ensam.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Teamdatabasens lösenord</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring, never in a file. Leave empty to keep the saved one.</source>
        <translation>Sparas i datorns nyckelring, aldrig i en fil. Lämna tomt för att behålla det sparade.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Ditt namn i teamet</translation>
    </message>
    <message>
        <source>Shown to colleagues as who sent, reminded or recalled an envelope.</source>
        <translation>Visas för kollegor som den som skickade, påminde om eller återkallade ett kuvert.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Leave team mode</source>
        <translation>Lämna t&amp;eamläge</translation>
    </message>
    <message>
        <source>Clears the address. This computer keeps its local copy and works alone.</source>
        <translation>Tömmer adressen. Datorn behåller sin lokala kopia och arbetar ensam.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultat av anslutningstestet</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of the app.</source>
        <translation>Ändringarna gäller från nästa start av appen.</translation>
    </message>
    <message>
        <source>The name may not hold tabs, line breaks or only spaces.</source>
        <translation>Namnet får inte innehålla tabbar, radbrytningar eller bara mellanslag.</translation>
    </message>
    <message>
        <source>Team mode is on (set by the environment).</source>
        <translation>Teamläget är på (satt av miljön).</translation>
    </message>
    <message>
        <source>After saving and restarting, this computer works alone. Its local copy stays.</source>
        <translation>Efter att du sparat och startat om arbetar datorn ensam. Den lokala kopian finns kvar.</translation>
    </message>
    <message>
        <source>Team mode is off: this computer works alone.</source>
        <translation>Teamläget är av: datorn arbetar ensam.</translation>
    </message>
    <message>
        <source>Team mode starts with this database at the next start.</source>
        <translation>Teamläget startar med den här databasen vid nästa start.</translation>
    </message>
    <message>
        <source>Team mode is on.</source>
        <translation>Teamläget är på.</translation>
    </message>
    <message>
        <source>Save, then restart the app: it works alone again from its local copy.</source>
        <translation>Spara och starta sedan om appen: den arbetar ensam igen från sin lokala kopia.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring: %1</source>
        <translation>Lösenordet kunde inte sparas i nyckelringen: %1</translation>
    </message>
    <message>
        <source>The address is fixed by the environment variable ESIGN_TEAM_DATABASE (%1). To change it or leave team mode, change that variable.</source>
        <translation>Adressen bestäms av miljövariabeln ESIGN_TEAM_DATABASE (%1). Ändra variabeln för att byta adress eller lämna teamläget.</translation>
    </message>
    <message>
        <source>Your name is fixed by the environment variable ESIGN_USER_NAME.</source>
        <translation>Ditt namn bestäms av miljövariabeln ESIGN_USER_NAME.</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL address, for example %1</source>
        <translation>Ange en PostgreSQL-adress, till exempel %1</translation>
    </message>
    <message>
        <source>This address cannot be read: check the port (a number) and that it names one host.</source>
        <translation>Adressen går inte att läsa: kontrollera porten (ett tal) och att den anger en enda värd.</translation>
    </message>
    <message>
        <source>Remove the password from the address and type it in the Password field: it is kept in the keyring, not in the settings file.</source>
        <translation>Ta bort lösenordet ur adressen och skriv det i fältet Lösenord: det sparas i nyckelringen, inte i inställningsfilen.</translation>
    </message>
    <message>
        <source>Add the database server&apos;s host name after the @.</source>
        <translation>Lägg till databasserverns värdnamn efter @.</translation>
    </message>
    <message>
        <source>Add the database user before the host: postgresql://USER@host/…</source>
        <translation>Lägg till databasanvändaren före värden: postgresql://ANVÄNDARE@värd/…</translation>
    </message>
    <message>
        <source>Add the database name after the host: …@host/DATABASE</source>
        <translation>Lägg till databasens namn efter värden: …@värd/DATABAS</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Porten måste vara ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>Ansluten till PostgreSQL %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is PostgreSQL running there, and listening on that port (listen_addresses)?</source>
        <translation>%1 vägrade anslutningen: körs PostgreSQL där, och lyssnar den på den porten (listen_addresses)?</translation>
    </message>
    <message>
        <source>The host name is unknown: check its spelling and the network.</source>
        <translation>Värdnamnet är okänt: kontrollera stavningen och nätverket.</translation>
    </message>
    <message>
        <source>The server refused the user or password (or pg_hba.conf does not let this computer in).</source>
        <translation>Servern godtog inte användaren eller lösenordet (eller så släpper pg_hba.conf inte in den här datorn).</translation>
    </message>
    <message>
        <source>The server asks for a password: type it in the Password field.</source>
        <translation>Servern vill ha ett lösenord: skriv det i fältet Lösenord.</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>Servern har ingen databas med det namnet.</translation>
    </message>
    <message>
        <source>Something answers on that port, but it is not PostgreSQL: check the port.</source>
        <translation>Något svarar på porten, men det är inte PostgreSQL: kontrollera porten.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: check the server&apos;s certificate and the address&apos;s sslmode.</source>
        <translation>Den säkra anslutningen (TLS) misslyckades: kontrollera serverns certifikat och adressens sslmode.</translation>
    </message>
    <message>
        <source>No answer within a few seconds: check the host, the port and any firewall between.</source>
        <translation>Inget svar inom några sekunder: kontrollera värden, porten och eventuella brandväggar emellan.</translation>
    </message>
    <message>
        <source>The connection failed; the app&apos;s log names the reason.</source>
        <translation>Anslutningen misslyckades; appens logg anger orsaken.</translation>
    </message>
</context>
<context>
    <name>TeamOfflineStrip</name>
    <message>
        <source>Team database state</source>
        <translation>Teamdatabasens tillstånd</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>Team database unreachable — working from the local copy; colleagues see your changes when it is back</source>
        <translation>Teamdatabasen går inte att nå — arbetar med den lokala kopian; kollegorna ser dina ändringar när den är tillbaka</translation>
    </message>
    <message>
        <source>Team database unreachable since %1 — working from the local copy; colleagues see your changes when it is back</source>
        <translation>Teamdatabasen har inte gått att nå sedan %1 — arbetar med den lokala kopian; kollegorna ser dina ändringar när den är tillbaka</translation>
    </message>
    <message>
        <source>Team: connected as %1</source>
        <translation>Team: ansluten som %1</translation>
    </message>
    <message>
        <source>Team: offline (%1)</source>
        <translation>Team: frånkopplad (%1)</translation>
    </message>
    <message>
        <source>Team: offline since %1 (%2)</source>
        <translation>Team: frånkopplad sedan %1 (%2)</translation>
    </message>
    <message>
        <source>Team database reachable again: changes are shared and waiting sends go out</source>
        <translation>Teamdatabasen går att nå igen: ändringar delas och väntande utskick går iväg</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>New envelope from a template</source>
        <translation>Nytt ärende från en mall</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Template id</source>
        <translation>Mall-id</translation>
    </message>
    <message>
        <source>The template&apos;s id, as GMO Sign shows it</source>
        <translation>Mallens id, som GMO Sign visar det</translation>
    </message>
    <message>
        <source>Envelope name</source>
        <translation>Ärendets namn</translation>
    </message>
    <message>
        <source>Signers, in signing order</source>
        <translation>Undertecknare, i signeringsordning</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Lägg till undertecknare</translation>
    </message>
    <message>
        <source>Add a signer row</source>
        <translation>Lägg till en rad för undertecknare</translation>
    </message>
    <message>
        <source>Values for the template&apos;s fields</source>
        <translation>Värden för mallens fält</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Create the envelope</source>
        <translation>Skapa ärendet</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Mall</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Signers (in signing order)</source>
        <translation>Undertecknare (i signeringsordning)</translation>
    </message>
    <message>
        <source>Template field values</source>
        <translation>Mallens fältvärden</translation>
    </message>
    <message>
        <source>No account can make envelopes from templates.</source>
        <translation>Inget konto kan skapa ärenden från mallar.</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Hämtar mallar…</translation>
    </message>
    <message>
        <source>This account has no templates yet.</source>
        <translation>Det här kontot har inga mallar än.</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>Välj ett konto.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Välj en mall.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Skapar…</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatyrer av sidorna</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>eSign Desktop</source>
        <translation>eSign Desktop</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Godkänt av %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Signed by %1 (%2 of %3 signed)</source>
        <translation>Signerat av %1 (%2 av %3 har signerat)</translation>
    </message>
    <message>
        <source>Completed: everyone has signed</source>
        <translation>Slutfört: alla har signerat</translation>
    </message>
    <message>
        <source>Declined by %1</source>
        <translation>Avböjt av %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjt</translation>
    </message>
    <message>
        <source>Expired before everyone signed</source>
        <translation>Gick ut innan alla hade signerat</translation>
    </message>
    <message>
        <source>Waiting for approval by %1</source>
        <translation>Väntar på godkännande av %1</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>Kunde inte skickas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope updates</source>
        <translation>
            <numerusform>%n kuvertuppdatering</numerusform>
            <numerusform>%n kuvertuppdateringar</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled envelope</source>
        <translation>Namnlöst ärende</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the envelope a name.</source>
        <translation>Ge ärendet ett namn.</translation>
    </message>
    <message>
        <source>Add at least one PDF document.</source>
        <translation>Lägg till minst ett PDF-dokument.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 documents per envelope; this one has %3.</source>
        <translation>%1 tar emot högst %2 dokument per ärende; det här har %3.</translation>
    </message>
    <message>
        <source>“%1” has no pages.</source>
        <translation>”%1” har inga sidor.</translation>
    </message>
    <message>
        <source>“%1” is already digitally signed; adding fields to it would break those signatures. Remove its fields or use an unsigned copy.</source>
        <translation>”%1” är redan digitalt signerat; om du lägger till fält i det blir de signaturerna ogiltiga. Ta bort dess fält eller använd en osignerad kopia.</translation>
    </message>
    <message>
        <source>Add at least one signer.</source>
        <translation>Lägg till minst en undertecknare.</translation>
    </message>
    <message>
        <source>Set the expiry between 1 and 365 days.</source>
        <translation>Ange en giltighetstid mellan 1 och 365 dagar.</translation>
    </message>
    <message>
        <source>%1 has no signers; change the role of %2.</source>
        <translation>%1 har inga undertecknare; ändra rollen för %2.</translation>
    </message>
    <message>
        <source>%1 has no approvers; change the role of %2.</source>
        <translation>%1 har inga godkännare; ändra rollen för %2.</translation>
    </message>
    <message>
        <source>%1 has no recipients; change the role of %2.</source>
        <translation>%1 har inga mottagare; ändra rollen för %2.</translation>
    </message>
    <message>
        <source>%1 has no in-house signers; make %2 an external party.</source>
        <translation>%1 har inga interna undertecknare; gör %2 till extern part.</translation>
    </message>
    <message>
        <source>Every party needs a name.</source>
        <translation>Varje part behöver ett namn.</translation>
    </message>
    <message>
        <source>The email address of %1 does not look right: “%2”.</source>
        <translation>E-postadressen för %1 ser inte rätt ut: ”%2”.</translation>
    </message>
    <message>
        <source>The phone number of %1 does not look right: “%2”.</source>
        <translation>Telefonnumret för %1 ser inte rätt ut: ”%2”.</translation>
    </message>
    <message>
        <source>Add an email address for %1.</source>
        <translation>Lägg till en e-postadress för %1.</translation>
    </message>
    <message>
        <source>Add an email address for %1 or a phone number.</source>
        <translation>Lägg till en e-postadress eller ett telefonnummer för %1.</translation>
    </message>
    <message>
        <source>%1 signs in person: add the email address of the attendant who will be there.</source>
        <translation>%1 skriver under på plats: lägg till e-postadressen till den som kommer att vara med.</translation>
    </message>
    <message>
        <source>The attendant&apos;s email address for %1 does not look right: “%2”.</source>
        <translation>E-postadressen till den som är med när %1 skriver under ser inte rätt ut: ”%2”.</translation>
    </message>
    <message>
        <source>The signing order of %1 must be 1 or more.</source>
        <translation>Signeringsordningen för %1 måste vara 1 eller högre.</translation>
    </message>
    <message>
        <source>Choose one of %1&apos;s sign types for %2.</source>
        <translation>Välj ett signeringssätt som %1 erbjuder för %2.</translation>
    </message>
    <message>
        <source>%1 cannot let any one of a group sign; ungroup %2.</source>
        <translation>%1 kan inte låta någon av en grupp signera; ta bort %2 ur gruppen.</translation>
    </message>
    <message>
        <source>%1 has no signature field; the service will choose where the signature goes.</source>
        <translation>%1 har inget signaturfält; tjänsten väljer var signaturen hamnar.</translation>
    </message>
    <message>
        <source>%1 cannot write to %2 in “%3”.</source>
        <translation>%1 kan inte skriva till %2 på ”%3”.</translation>
    </message>
    <message>
        <source>%1 is used by more than one party; each party needs its own address.</source>
        <translation>%1 används av mer än en part; varje part behöver en egen adress.</translation>
    </message>
    <message>
        <source>%1 has no %2 fields.</source>
        <translation>%1 har inga %2fält.</translation>
    </message>
    <message>
        <source>A %1 field belongs to a document that is no longer in the envelope.</source>
        <translation>Ett %1fält hör till ett dokument som inte längre finns i ärendet.</translation>
    </message>
    <message>
        <source>A %1 field is on page %2, but “%3” has %4 pages.</source>
        <translation>Ett %1fält ligger på sidan %2, men ”%3” har %4 sidor.</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” uses font size %4; %5 offers %6.</source>
        <translation>Ett %1fält på sidan %2 i ”%3” har teckenstorlek %4; %5 erbjuder %6.</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” has no party: choose who signs there.</source>
        <translation>Ett %1fält på sidan %2 i ”%3” saknar part: välj vem som signerar där.</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” has no party: choose who fills it in, or type its value yourself.</source>
        <translation>Ett %1fält på sidan %2 i ”%3” saknar part: välj vem som fyller i det, eller skriv in värdet själv.</translation>
    </message>
    <message>
        <source>A required %1 field on page %2 of “%3” is empty and no party fills it: type its value, make it optional, or choose who fills it in.</source>
        <translation>Ett obligatoriskt %1fält på sidan %2 i ”%3” är tomt och ingen part fyller i det: skriv in värdet, gör det valfritt eller välj vem som fyller i det.</translation>
    </message>
    <message>
        <source>A required checkbox on page %1 of “%2” is not ticked and no party ticks it: tick it, make it optional, or choose who ticks it.</source>
        <translation>En obligatorisk kryssruta på sidan %1 i ”%2” är inte ikryssad och ingen part kryssar i den: kryssa i den, gör den valfri eller välj vem som kryssar i den.</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” belongs to a party who is no longer in the envelope.</source>
        <translation>Ett %1fält på sidan %2 i ”%3” hör till en part som inte längre finns i ärendet.</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” belongs to %4, who is an approver and fills in nothing.</source>
        <translation>Ett %1fält på sidan %2 i ”%3” hör till %4, som är godkännare och inte fyller i något.</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” belongs to %4, who is a recipient and fills in nothing.</source>
        <translation>Ett %1fält på sidan %2 i ”%3” hör till %4, som är mottagare och inte fyller i något.</translation>
    </message>
    <message>
        <source>signature</source>
        <comment>a field kind inside a sentence: “a {kind} field”</comment>
        <translation>signatur</translation>
    </message>
    <message>
        <source>date</source>
        <comment>a field kind inside a sentence: “a {kind} field”</comment>
        <translation>datum</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a field kind inside a sentence: “a {kind} field”</comment>
        <translation>text</translation>
    </message>
    <message>
        <source>checkbox</source>
        <comment>a field kind inside a sentence: “a {kind} field”</comment>
        <translation>kryssrute</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Envelope views</source>
        <translation>Ärendevyer</translation>
    </message>
    <message>
        <source>Choose which envelopes the list shows</source>
        <translation>Välj vilka ärenden listan visar</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n record(s) set aside</source>
        <translation>
            <numerusform>%1, %n post lagd åt sidan</numerusform>
            <numerusform>%1, %n poster lagda åt sidan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n envelope(s)</source>
        <translation>
            <numerusform>%1, %n ärende</numerusform>
            <numerusform>%1, %n ärenden</numerusform>
        </translation>
    </message>
</context>
</TS>
