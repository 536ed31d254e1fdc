<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>NexusConfig</name>
    <message>
        <source>The deployment URL &apos;%1&apos; is missing or invalid; enter the base URL of the Nexus API, for example https://nexus.example.org/v1.</source>
        <translation>Die Deployment-URL „%1“ fehlt oder ist ungültig. Geben Sie die Basis-URL der Nexus-API ein, zum Beispiel https://nexus.example.org/v1.</translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; uses the scheme &apos;%2&apos;; use https://.</source>
        <translation>Die Deployment-URL „%1“ verwendet das Schema „%2“. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; uses plain http:// to a remote host, which would send the token unencrypted; use https://.</source>
        <translation>Die Deployment-URL „%1“ verwendet unverschlüsseltes http:// zu einem entfernten Host, wodurch das Token unverschlüsselt gesendet würde. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; must not contain a query or a fragment.</source>
        <translation>Die Deployment-URL „%1“ darf weder eine Abfrage noch ein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; must end with the API version segment, for example &apos;%2/v1&apos;.</source>
        <translation>Die Deployment-URL „%1“ muss mit dem Segment der API-Version enden, zum Beispiel „%2/v1“.</translation>
    </message>
    <message>
        <source>The organization &apos;%1&apos; is not a valid Nexus label; use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Die Organisation „%1“ ist kein gültiges Nexus-Label. Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is not a valid Nexus label; use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Das Projekt „%1“ ist kein gültiges Nexus-Label. Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>The token contains a line break; paste the access token on one line.</source>
        <translation>Das Token enthält einen Zeilenumbruch. Fügen Sie das Zugriffstoken in einer einzigen Zeile ein.</translation>
    </message>
</context>
<context>
    <name>NexusError</name>
    <message>
        <source>Could not %1: the server sent no data before the timeout. Check the connection, or raise the timeout for slow servers.</source>
        <translation>Fehler beim %1: Der Server hat vor Ablauf der Zeitüberschreitung keine Daten gesendet. Prüfen Sie die Verbindung oder erhöhen Sie die Zeitüberschreitung für langsame Server.</translation>
    </message>
    <message>
        <source>Could not %1: the TLS certificate of the server was rejected (%2). Fix the server certificate or the system trust store; certificate errors are never ignored.</source>
        <translation>Fehler beim %1: Das TLS-Zertifikat des Servers wurde abgelehnt (%2). Korrigieren Sie das Serverzertifikat oder den Zertifikatsspeicher des Systems. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>Could not %1: %2. Check the deployment URL and the network connection, then try again.</source>
        <translation>Fehler beim %1: %2. Prüfen Sie die Deployment-URL und die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> The server says: %1</source>
        <translation> Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Could not %1: the access token was rejected (HTTP 401%2), probably because it expired. Sign in again or paste a new token.%3</source>
        <translation>Fehler beim %1: Das Zugriffstoken wurde abgelehnt (HTTP 401%2), vermutlich weil es abgelaufen ist. Melden Sie sich erneut an oder fügen Sie ein neues Token ein.%3</translation>
    </message>
    <message>
        <source>Could not %1: the token lacks a permission in this project (HTTP 403). Ask a project administrator to grant it.%2</source>
        <translation>Fehler beim %1: Dem Token fehlt eine Berechtigung in diesem Projekt (HTTP 403). Bitten Sie eine Projektadministratorin oder einen Projektadministrator, sie zu erteilen.%2</translation>
    </message>
    <message>
        <source>Could not %1: the organization or project does not exist (HTTP 404). Check the organization and project labels.%2</source>
        <translation>Fehler beim %1: Die Organisation oder das Projekt existiert nicht (HTTP 404). Prüfen Sie die Labels von Organisation und Projekt.%2</translation>
    </message>
    <message>
        <source>Could not %1: the project, view or resource was not found (HTTP 404). Check the names, or create it first.%2</source>
        <translation>Fehler beim %1: Das Projekt, die View oder die Ressource wurde nicht gefunden (HTTP 404). Prüfen Sie die Namen oder legen Sie sie zuerst an.%2</translation>
    </message>
    <message>
        <source>Could not %1: revision conflict (HTTP 409), the resource was changed by someone else or already exists. Fetch it again and retry.%2</source>
        <translation>Fehler beim %1: Revisionskonflikt (HTTP 409). Die Ressource wurde von jemand anderem geändert oder existiert bereits. Rufen Sie sie erneut ab und versuchen Sie es noch einmal.%2</translation>
    </message>
    <message>
        <source>Could not %1: the request body is larger than the server accepts (HTTP 413; Nexus allows 256 KiB of JSON by default). Send smaller batches or fewer dimensions.%2</source>
        <translation>Fehler beim %1: Der Anfrageinhalt ist größer, als der Server annimmt (HTTP 413; Nexus erlaubt standardmäßig 256 KiB JSON). Senden Sie kleinere Pakete oder weniger Dimensionen.%2</translation>
    </message>
    <message>
        <source>Could not %1: the server kept asking to slow down (HTTP 429) after every retry. Lower the concurrency and try again later.%2</source>
        <translation>Fehler beim %1: Der Server hat nach jedem Wiederholungsversuch weiter um Drosselung gebeten (HTTP 429). Verringern Sie die Anzahl gleichzeitiger Anfragen und versuchen Sie es später erneut.%2</translation>
    </message>
    <message>
        <source>Could not %1: the server failed (HTTP %2). Try again later; if it persists, report it to the deployment&apos;s administrators.%3</source>
        <translation>Fehler beim %1: Der Server ist fehlgeschlagen (HTTP %2). Versuchen Sie es später erneut. Wenn der Fehler bestehen bleibt, melden Sie ihn den Administratoren des Deployments.%3</translation>
    </message>
    <message>
        <source>Could not %1: the server rejected the request (HTTP %2%3).%4</source>
        <translation>Fehler beim %1: Der Server hat die Anfrage abgelehnt (HTTP %2%3).%4</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s response is not valid (%2). Check that the deployment URL points at a Nexus Delta API.</source>
        <translation>Fehler beim %1: Die Antwort des Servers ist ungültig (%2). Prüfen Sie, ob die Deployment-URL auf eine Nexus-Delta-API zeigt.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::ConnectionCheckJob</name>
    <message>
        <source>Project &apos;%1/%2&apos; (base %3, vocab %4); identities: %5.</source>
        <translation>Projekt „%1/%2“ (base %3, vocab %4); Identitäten: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation>Projekt wird gelesen</translation>
    </message>
    <message>
        <source>Reading identities</source>
        <translation>Identitäten werden gelesen</translation>
    </message>
    <message>
        <source>read the identities of the token</source>
        <translation>Lesen der Identitäten des Tokens</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::EmbeddingPush</name>
    <message>
        <source>The model has no item vectors to push.</source>
        <translation>Das Modell hat keine Elementvektoren zum Übertragen.</translation>
    </message>
    <message>
        <source>The item vectors are empty; train a model with at least one factor.</source>
        <translation>Die Elementvektoren sind leer. Trainieren Sie ein Modell mit mindestens einem Faktor.</translation>
    </message>
    <message>
        <source>Movie %1 has %2 factors but the others have %3; the model is inconsistent, train or load it again.</source>
        <translation>Film %1 hat %2 Faktoren, die anderen aber %3. Das Modell ist inkonsistent; trainieren oder laden Sie es erneut.</translation>
    </message>
    <message>
        <source>Movie %1 has a non-finite factor %2 (%3); NaN and infinity are never sent to Nexus. Retrain with a smaller learning rate or stronger regularization.</source>
        <translation>Film %1 hat einen nicht endlichen Faktor %2 (%3). NaN und Unendlich werden nie an Nexus gesendet. Trainieren Sie erneut mit einer kleineren Lernrate oder stärkerer Regularisierung.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::FileDownloadJob</name>
    <message>
        <source>read the metadata of file &apos;%1&apos;</source>
        <translation>Lesen der Metadaten der Datei „%1“</translation>
    </message>
    <message>
        <source>Reading file metadata</source>
        <translation>Dateimetadaten werden gelesen</translation>
    </message>
    <message>
        <source>download file &apos;%1&apos;</source>
        <translation>Herunterladen der Datei „%1“</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>the SHA-256 digest does not match</source>
        <translation>der SHA-256-Hashwert stimmt nicht überein</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <source>received %1 bytes, expected %2 from the file metadata</source>
        <translation>%1 Bytes empfangen, laut Dateimetadaten %2 erwartet</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::ImportJob</name>
    <message>
        <source>%1 resources: %2 created, %3 updated, %4 unchanged, %5 done in an earlier run, %6 failed.</source>
        <translation>%1 Ressourcen: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 in einem früheren Lauf erledigt, %6 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos; for upload: %2.</source>
        <translation>„%1“ konnte für das Hochladen nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation>Projekt wird gelesen</translation>
    </message>
    <message>
        <source>upload &apos;%1&apos;</source>
        <translation>Hochladen von „%1“</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>Uploading resources</source>
        <translation>Ressourcen werden hochgeladen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::NexusSteps</name>
    <message>
        <source>no &apos;base&apos; or &apos;vocab&apos; in the project</source>
        <translation>kein „base“ oder „vocab“ im Projekt</translation>
    </message>
    <message>
        <source>missing event counts</source>
        <translation>fehlende Ereigniszahlen</translation>
    </message>
    <message>
        <source>fetch project &apos;%1&apos;</source>
        <translation>Abrufen des Projekts „%1“</translation>
    </message>
    <message>
        <source>update resource &apos;%1&apos;</source>
        <translation>Aktualisieren der Ressource „%1“</translation>
    </message>
    <message>
        <source>fetch resource &apos;%1&apos;</source>
        <translation>Abrufen der Ressource „%1“</translation>
    </message>
    <message>
        <source>no &apos;_rev&apos; in the annotated source</source>
        <translation>kein „_rev“ in der annotierten Quelle</translation>
    </message>
    <message>
        <source>create resource &apos;%1&apos;</source>
        <translation>Erstellen der Ressource „%1“</translation>
    </message>
    <message>
        <source>fetch view &apos;%1&apos;</source>
        <translation>Abrufen der View „%1“</translation>
    </message>
    <message>
        <source>create view &apos;%1&apos;</source>
        <translation>Erstellen der View „%1“</translation>
    </message>
    <message>
        <source>update view &apos;%1&apos;</source>
        <translation>Aktualisieren der View „%1“</translation>
    </message>
    <message>
        <source>read the indexing statistics of view &apos;%1&apos;</source>
        <translation>Lesen der Indexierungsstatistik der View „%1“</translation>
    </message>
    <message>
        <source>View &apos;%1&apos; is still indexing after %2 s (%3 of %4 events processed). Try again later; large imports take minutes to index.</source>
        <translation>Die View „%1“ indexiert nach %2 s immer noch (%3 von %4 Ereignissen verarbeitet). Versuchen Sie es später erneut. Große Importe brauchen Minuten zum Indexieren.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::PullJob</name>
    <message>
        <source>dedicated ElasticSearch view &apos;%1&apos;%2</source>
        <translation>eigene ElasticSearch-View „%1“%2</translation>
    </message>
    <message>
        <source> (created for this pull)</source>
        <translation> (für diesen Abruf angelegt)</translation>
    </message>
    <message>
        <source>default ElasticSearch view (payloads read from _original_source, because the token may not create views)</source>
        <translation>Standard-ElasticSearch-View (Inhalte aus _original_source gelesen, weil das Token keine Views anlegen darf)</translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation>Projekt wird gelesen</translation>
    </message>
    <message>
        <source>Preparing view &apos;%1&apos;</source>
        <translation>View „%1“ wird vorbereitet</translation>
    </message>
    <message>
        <source>Waiting for view &apos;%1&apos; to index</source>
        <translation>Warten auf die Indexierung der View „%1“</translation>
    </message>
    <message>
        <source>read ratings from view &apos;%1&apos;</source>
        <translation>Lesen der Bewertungen aus der View „%1“</translation>
    </message>
    <message>
        <source>read movies from view &apos;%1&apos;</source>
        <translation>Lesen der Filme aus der View „%1“</translation>
    </message>
    <message>
        <source>The view &apos;%1&apos; returned a page that does not follow the previous one (sort key &apos;%2&apos; after &apos;%3&apos;); the server ignored search_after. Check that &apos;@id&apos; is mapped as a keyword in the view.</source>
        <translation>Die View „%1“ hat eine Seite geliefert, die nicht auf die vorherige folgt (Sortierschlüssel „%2“ nach „%3“). Der Server hat search_after ignoriert. Prüfen Sie, ob „@id“ in der View als keyword gemappt ist.</translation>
    </message>
    <message>
        <source>Reading ratings</source>
        <translation>Bewertungen werden gelesen</translation>
    </message>
    <message>
        <source>Reading movies</source>
        <translation>Filme werden gelesen</translation>
    </message>
    <message>
        <source>Read through the %1.</source>
        <translation>Lesemodus: %1.</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>resource listing and multi-fetch (the token may not query ElasticSearch views)</source>
        <translation>Ressourcenliste und Sammelabruf (das Token darf keine ElasticSearch-Views abfragen)</translation>
    </message>
    <message>
        <source>list the ratings</source>
        <translation>Auflisten der Bewertungen</translation>
    </message>
    <message>
        <source>list the movies</source>
        <translation>Auflisten der Filme</translation>
    </message>
    <message>
        <source>no &apos;_results&apos; array</source>
        <translation>kein Array „_results“</translation>
    </message>
    <message>
        <source>the _next link &apos;%1&apos; leaves the deployment</source>
        <translation>der _next-Link „%1“ verlässt das Deployment</translation>
    </message>
    <message>
        <source>fetch %1 resources</source>
        <translation>Abrufen von %1 Ressourcen</translation>
    </message>
    <message>
        <source>no &apos;resources&apos; array</source>
        <translation>kein Array „resources“</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::PushJob</name>
    <message>
        <source>Run %1: %2 embeddings created, %3 updated, %4 unchanged, %5 failed, %6 all-zero vectors skipped; view &apos;%7&apos;.</source>
        <translation>Lauf %1: %2 Einbettungen angelegt, %3 aktualisiert, %4 unverändert, %5 fehlgeschlagen, %6 Nullvektoren übersprungen; View „%7“.</translation>
    </message>
    <message>
        <source>One embedding resource takes %1 bytes, too close to the 256 KiB request limit of Nexus; use fewer factors.</source>
        <translation>Eine Einbettungsressource belegt %1 Bytes, zu nah an der Anfragegrenze von 256 KiB in Nexus. Verwenden Sie weniger Faktoren.</translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation>Projekt wird gelesen</translation>
    </message>
    <message>
        <source>Pushing embeddings</source>
        <translation>Einbettungen werden übertragen</translation>
    </message>
    <message>
        <source>Preparing view &apos;%1&apos;</source>
        <translation>View „%1“ wird vorbereitet</translation>
    </message>
    <message>
        <source>Waiting for view &apos;%1&apos; to index</source>
        <translation>Warten auf die Indexierung der View „%1“</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::SimilarItemsJob</name>
    <message>
        <source>find movies similar to movie %1</source>
        <translation>Suchen ähnlicher Filme zu Film %1</translation>
    </message>
    <message>
        <source>fetch the embedding of movie %1</source>
        <translation>Abrufen der Einbettung von Film %1</translation>
    </message>
    <message>
        <source>the resource has no &apos;embedding&apos; array</source>
        <translation>die Ressource hat kein Array „embedding“</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::VerifyJob</name>
    <message>
        <source>%1 of %2 sampled items have the same top-k on the server as locally.</source>
        <translation>%1 von %2 Stichprobenelementen haben auf dem Server dieselben Top-k wie lokal.</translation>
    </message>
    <message>
        <source>movie %1: local [%2], server [%3]</source>
        <translation>Film %1: lokal [%2], Server [%3]</translation>
    </message>
    <message>
        <source>Comparing server and local top-k</source>
        <translation>Vergleich der Top-k von Server und lokal</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::ColumnMappingDialog</name>
    <message>
        <source>Read ratings file</source>
        <translation>Bewertungsdatei lesen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>The first line holds column names</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>Ratings use a decimal comma (3,5)</source>
        <translation>Bewertungen verwenden ein Dezimalkomma (3,5)</translation>
    </message>
    <message>
        <source>Rows with a lower rating are skipped and listed</source>
        <translation>Zeilen mit einer niedrigeren Bewertung werden übersprungen und aufgelistet</translation>
    </message>
    <message>
        <source>Rows with a higher rating are skipped and listed</source>
        <translation>Zeilen mit einer höheren Bewertung werden übersprungen und aufgelistet</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>User column:</source>
        <translation>Benutzerspalte:</translation>
    </message>
    <message>
        <source>Movie column:</source>
        <translation>Filmspalte:</translation>
    </message>
    <message>
        <source>Rating column:</source>
        <translation>Bewertungsspalte:</translation>
    </message>
    <message>
        <source>Timestamp column:</source>
        <translation>Zeitstempelspalte:</translation>
    </message>
    <message>
        <source>Lowest valid rating:</source>
        <translation>Niedrigste gültige Bewertung:</translation>
    </message>
    <message>
        <source>Highest valid rating:</source>
        <translation>Höchste gültige Bewertung:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column title: raw user id</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Movie</source>
        <comment>column title: raw movie id</comment>
        <translation>Film</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>column title: stars given by the user</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <comment>column title: when the rating was given</comment>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>The file is empty or cannot be read.</source>
        <translation>Die Datei ist leer oder nicht lesbar.</translation>
    </message>
    <message>
        <source>The user and movie columns must differ: choose another movie column.</source>
        <translation>Benutzer- und Filmspalte müssen sich unterscheiden: Wählen Sie eine andere Filmspalte.</translation>
    </message>
    <message>
        <source>The rating column must differ from the user and movie columns.</source>
        <translation>Die Bewertungsspalte muss sich von der Benutzer- und der Filmspalte unterscheiden.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::ConnectionDialog</name>
    <message>
        <source>Connect to Nexus</source>
        <translation>Mit Nexus verbinden</translation>
    </message>
    <message>
        <source>Base URL of the Nexus Delta API, ending in the version, e.g. https://nexus.example.org/v1</source>
        <translation>Basis-URL der Nexus-Delta-API, endend mit der Version, z. B. https://nexus.example.org/v1</translation>
    </message>
    <message>
        <source>Bearer token (kept in the system keychain)</source>
        <translation>Bearer-Token (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Token im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Deployment:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1); enter the token by hand.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie das Token von Hand ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to project %1/%2. Vocabulary: %3</source>
        <translation>Mit Projekt %1/%2 verbunden. Vokabular: %3</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::DataPanel</name>
    <message>
        <source>Load warnings</source>
        <translation>Warnungen beim Laden</translation>
    </message>
    <message>
        <source>Rating histogram</source>
        <translation>Histogramm der Bewertungen</translation>
    </message>
    <message>
        <source>Ratings per movie (long tail)</source>
        <translation>Bewertungen pro Film (Long Tail)</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Show only the ratings of this user (raw id as in the file)</source>
        <translation>Nur die Bewertungen dieses Benutzers anzeigen (Roh-ID wie in der Datei)</translation>
    </message>
    <message>
        <source>Movie id</source>
        <translation>Film-ID</translation>
    </message>
    <message>
        <source>Show only the ratings of this movie (raw id as in the file)</source>
        <translation>Nur die Bewertungen dieses Films anzeigen (Roh-ID wie in der Datei)</translation>
    </message>
    <message>
        <source>Title contains…</source>
        <translation>Titel enthält…</translation>
    </message>
    <message>
        <source>Show movies whose title contains this text, ignoring case and accents</source>
        <translation>Filme anzeigen, deren Titel diesen Text enthält, ohne Beachtung von Groß-/Kleinschreibung und Akzenten</translation>
    </message>
    <message>
        <source> ★</source>
        <comment>suffix of a rating in stars</comment>
        <translation> ★</translation>
    </message>
    <message>
        <source>Lowest rating shown, in stars (inclusive)</source>
        <translation>Niedrigste angezeigte Bewertung in Sternen (einschließlich)</translation>
    </message>
    <message>
        <source>Highest rating shown, in stars (inclusive)</source>
        <translation>Höchste angezeigte Bewertung in Sternen (einschließlich)</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>rating range: from ... to ...</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Dataset summary</source>
        <translation>Übersicht des Datensatzes</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Statistiken werden berechnet…</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>%1 of %2 ratings</source>
        <translation>%1 von %2 Bewertungen</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Bewertungen:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Rated movies:</source>
        <translation>Bewertete Filme:</translation>
    </message>
    <message>
        <source>%1 (catalogue: %2)</source>
        <translation>%1 (Katalog: %2)</translation>
    </message>
    <message>
        <source>Density:</source>
        <translation>Dichte:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mean rating:</source>
        <translation>Mittlere Bewertung:</translation>
    </message>
    <message>
        <source>%1 (range %2 to %3)</source>
        <translation>%1 (Bereich %2 bis %3)</translation>
    </message>
    <message>
        <source>min %1, median %2, p90 %3, max %4</source>
        <translation>Min. %1, Median %2, P90 %3, Max. %4</translation>
    </message>
    <message>
        <source>Ratings per user:</source>
        <translation>Bewertungen pro Benutzer:</translation>
    </message>
    <message>
        <source>Ratings per movie:</source>
        <translation>Bewertungen pro Film:</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Movies by popularity rank</source>
        <translation>Filme nach Beliebtheitsrang</translation>
    </message>
    <message>
        <source>Ratings (log scale)</source>
        <translation>Bewertungen (log)</translation>
    </message>
    <message>
        <source>%1 of %2 lines were skipped. The first ones:</source>
        <translation>%1 von %2 Zeilen wurden übersprungen. Die ersten:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 (user, movie) pairs were rated more than once; %2 older rows were dropped and the latest rating kept.</source>
        <translation>%1 Paare (Benutzer, Film) wurden mehrfach bewertet. %2 ältere Zeilen wurden verworfen und die jeweils neueste Bewertung behalten.</translation>
    </message>
    <message>
        <source>No problems: every line was read.</source>
        <translation>Keine Probleme: Jede Zeile wurde gelesen.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::DatasetLoader</name>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>Generating the demo dataset</source>
        <translation>Demo-Datensatz wird erzeugt</translation>
    </message>
    <message>
        <source>Loading canceled; the previous dataset stays open.</source>
        <translation>Laden abgebrochen. Der vorherige Datensatz bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>demo dataset</source>
        <translation>Demo-Datensatz</translation>
    </message>
    <message>
        <source>Loaded %1: %2 ratings, %3 users, %4 movies in %5 s</source>
        <translation>Geladen: %1 (%2 Bewertungen, %3 Benutzer, %4 Filme in %5 s)</translation>
    </message>
    <message>
        <source>%1 lines skipped, %2 duplicate rows dropped (%3 pairs); see the load warnings in the Data tab</source>
        <translation>%1 Zeilen übersprungen, %2 doppelte Zeilen verworfen (%3 Paare); siehe die Warnungen beim Laden im Reiter Daten</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::ExplorePanel</name>
    <message>
        <source>Similarity</source>
        <comment>column title: cosine similarity</comment>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Predicted</source>
        <comment>column title: predicted rating</comment>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>column title: the user&apos;s own rating</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Type part of a title, e.g. heat 1995</source>
        <translation>Teil eines Titels eingeben, z. B. heat 1995</translation>
    </message>
    <message>
        <source>Number of similar titles to show (k)</source>
        <translation>Anzahl der anzuzeigenden ähnlichen Titel (k)</translation>
    </message>
    <message>
        <source>Hide movies with fewer training ratings than this: their factors rest on little data</source>
        <translation>Filme mit weniger Trainingsbewertungen als dieser Zahl ausblenden: Ihre Faktoren beruhen auf wenigen Daten</translation>
    </message>
    <message>
        <source>Similar titles</source>
        <translation>Ähnliche Titel</translation>
    </message>
    <message>
        <source>Movie:</source>
        <translation>Film:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Minimum ratings:</source>
        <translation>Mindestanzahl Bewertungen:</translation>
    </message>
    <message>
        <source>User id, e.g. 1</source>
        <translation>Benutzer-ID, z. B. 1</translation>
    </message>
    <message>
        <source>Raw user id as in the ratings file</source>
        <translation>Roh-ID des Benutzers wie in der Bewertungsdatei</translation>
    </message>
    <message>
        <source>Number of recommendations (N)</source>
        <translation>Anzahl der Empfehlungen (N)</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Empfehlen</translation>
    </message>
    <message>
        <source>Recommendations for a user</source>
        <translation>Empfehlungen für einen Benutzer</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Top:</translation>
    </message>
    <message>
        <source>Recommended (not yet rated)</source>
        <translation>Empfohlen (noch nicht bewertet)</translation>
    </message>
    <message>
        <source>Rated highest by the user</source>
        <translation>Vom Benutzer am höchsten bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) most similar to %1</source>
        <translation>
            <numerusform>Der %n ähnlichste Titel zu %1</numerusform>
            <numerusform>Die %n ähnlichsten Titel zu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n recommendation(s) for user %1</source>
        <translation>
            <numerusform>Top-%n-Empfehlung für Benutzer %1</numerusform>
            <numerusform>Top-%n-Empfehlungen für Benutzer %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Train a model (Training tab) or open one to explore it.</source>
        <translation>Trainieren Sie ein Modell (Reiter Training) oder öffnen Sie eines, um es zu erkunden.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; is not in the dataset: enter a user id as written in the ratings file.</source>
        <translation>Benutzer „%1“ ist nicht im Datensatz: Geben Sie eine Benutzer-ID so ein, wie sie in der Bewertungsdatei steht.</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Bewertung läuft…</translation>
    </message>
    <message>
        <source>Recommend only movies with at least this many training ratings</source>
        <translation>Nur Filme mit mindestens so vielen Trainingsbewertungen empfehlen</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::GridEditor</name>
    <message>
        <source>ALS</source>
        <translation>ALS</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Algorithm trained for every configuration; the other hyperparameters come from the Training tab</source>
        <translation>Algorithmus, der für jede Konfiguration trainiert wird; die übrigen Hyperparameter stammen aus dem Reiter Training</translation>
    </message>
    <message>
        <source>Numbers of latent factors to try, separated by commas</source>
        <translation>Zu testende Anzahlen latenter Faktoren, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Regularization values λ to try, applied to all four penalty terms, separated by commas</source>
        <translation>Zu testende Regularisierungswerte λ, angewendet auf alle vier Strafterme, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>SGD only; empty uses the Training tab&apos;s rate</source>
        <translation>Nur SGD; leer verwendet die Rate aus dem Reiter Training</translation>
    </message>
    <message>
        <source>SGD learning rates to try, separated by commas</source>
        <translation>Zu testende SGD-Lernraten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Iterations at which each run is scored; every configuration trains once up to the last one</source>
        <translation>Iterationen, bei denen jeder Lauf bewertet wird; jede Konfiguration trainiert einmal bis zur letzten</translation>
    </message>
    <message>
        <source>Configurations trained at the same time, one thread each</source>
        <translation>Gleichzeitig trainierte Konfigurationen, je ein Thread</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Factors:</source>
        <translation>Faktoren:</translation>
    </message>
    <message>
        <source>Regularization λ:</source>
        <translation>Regularisierung λ:</translation>
    </message>
    <message>
        <source>Learning rates:</source>
        <translation>Lernraten:</translation>
    </message>
    <message>
        <source>Checkpoints:</source>
        <translation>Checkpoints:</translation>
    </message>
    <message>
        <source>In parallel:</source>
        <translation>Parallel:</translation>
    </message>
    <message>
        <source>Invalid %1 entry &apos;%2&apos;: write numbers separated by commas.</source>
        <translation>Ungültiger Eintrag „%2“ für %1: Geben Sie durch Kommas getrennte Zahlen ein.</translation>
    </message>
    <message>
        <source>factors</source>
        <translation>die Faktoren</translation>
    </message>
    <message>
        <source>regularization</source>
        <translation>die Regularisierung</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>die Lernrate</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>die Checkpoints</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::GridResultsModel</name>
    <message>
        <source>running (iteration %1)</source>
        <translation>läuft (Iteration %1)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>#</source>
        <comment>column title: configuration number</comment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Factors</source>
        <comment>column title: number of latent factors</comment>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>λ</source>
        <comment>column title: regularization</comment>
        <translation>λ</translation>
    </message>
    <message>
        <source>Rate</source>
        <comment>column title: SGD learning rate</comment>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Best iter.</source>
        <comment>column title: iteration with the lowest test error</comment>
        <translation>Beste Iter.</translation>
    </message>
    <message>
        <source>Test MSE</source>
        <comment>column title: lowest test mean squared error</comment>
        <translation>Test-MSE</translation>
    </message>
    <message>
        <source>Test RMSE</source>
        <comment>column title: test root mean squared error at the best iteration</comment>
        <translation>Test-RMSE</translation>
    </message>
    <message>
        <source>Train MSE</source>
        <comment>column title: train mean squared error at the best iteration</comment>
        <translation>Trainings-MSE</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column title: state of the configuration&apos;s run</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::GridSearchPanel</name>
    <message>
        <source>%1 factors, λ %2</source>
        <translation>%1 Faktoren, λ %2</translation>
    </message>
    <message>
        <source>, rate %1</source>
        <translation>, Rate %1</translation>
    </message>
    <message>
        <source>Run grid search</source>
        <translation>Rastersuche starten</translation>
    </message>
    <message>
        <source>Train with these settings</source>
        <translation>Mit diesen Einstellungen trainieren</translation>
    </message>
    <message>
        <source>Train the selected configuration on the training split, up to its best iteration</source>
        <translation>Die ausgewählte Konfiguration auf dem Trainingsteil bis zu ihrer besten Iteration trainieren</translation>
    </message>
    <message>
        <source>Train on all data</source>
        <translation>Auf allen Daten trainieren</translation>
    </message>
    <message>
        <source>Train the selected configuration on every rating, for a final model: no test error can be measured</source>
        <translation>Die ausgewählte Konfiguration auf allen Bewertungen trainieren, für ein endgültiges Modell: Es kann kein Testfehler gemessen werden</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Test MSE per configuration</source>
        <translation>Test-MSE pro Konfiguration</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Test MSE</source>
        <translation>Test-MSE</translation>
    </message>
    <message>
        <source>Best test MSE</source>
        <translation>Beste Test-MSE</translation>
    </message>
    <message>
        <source>Could not split the ratings with the Training tab&apos;s split settings; check them there.</source>
        <translation>Die Bewertungen konnten mit den Aufteilungseinstellungen des Reiters Training nicht aufgeteilt werden. Prüfen Sie sie dort.</translation>
    </message>
    <message>
        <source>Load a dataset first.</source>
        <translation>Laden Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <source>Regularization λ</source>
        <translation>Regularisierung λ</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message numerus="yes">
        <source>Grid search started: %n configuration(s), checkpoints up to %1</source>
        <translation>
            <numerusform>Rastersuche gestartet: %n Konfiguration, Checkpoints bis %1</numerusform>
            <numerusform>Rastersuche gestartet: %n Konfigurationen, Checkpoints bis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Splitting the ratings…</source>
        <translation>Bewertungen werden aufgeteilt…</translation>
    </message>
    <message numerus="yes">
        <source>Training %n configuration(s)…</source>
        <translation>
            <numerusform>%n Konfiguration wird trainiert…</numerusform>
            <numerusform>%n Konfigurationen werden trainiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Grid configuration %1 diverged: %2</source>
        <translation>Rasterkonfiguration %1 divergiert: %2</translation>
    </message>
    <message>
        <source>Grid configuration %1 failed: %2</source>
        <translation>Rasterkonfiguration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Best: %1 at iteration %2, test MSE %3 (RMSE %4).</source>
        <translation>Beste: %1 bei Iteration %2, Test-MSE %3 (RMSE %4).</translation>
    </message>
    <message numerus="yes">
        <source>Grid search canceled after %1 s; %n configuration(s) kept. %2</source>
        <translation>
            <numerusform>Rastersuche nach %1 s abgebrochen; %n Konfiguration behalten. %2</numerusform>
            <numerusform>Rastersuche nach %1 s abgebrochen; %n Konfigurationen behalten. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Grid search finished in %1 s. %2</source>
        <translation>Rastersuche in %1 s abgeschlossen. %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::HeatMapWidget</name>
    <message>
        <source>Run a grid search to fill the heat map.</source>
        <translation>Starten Sie eine Rastersuche, um die Heatmap zu füllen.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::ItemListModel</name>
    <message>
        <source>#</source>
        <comment>column title: rank in the list</comment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>column title: movie title</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Genres</source>
        <comment>column title: movie genres</comment>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Ratings</source>
        <comment>column title: number of training ratings of the movie</comment>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::MainWindow</name>
    <message>
        <source>Recommender Studio</source>
        <translation>Recommender Studio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Nexus</source>
        <translation>Nexus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a MovieLens folder (ratings.csv and movies.csv, or u.data and u.item)</source>
        <translation>Einen MovieLens-Ordner öffnen (ratings.csv und movies.csv oder u.data und u.item)</translation>
    </message>
    <message>
        <source>Open ratings &amp;file…</source>
        <translation>Bewertungs&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open a delimited ratings file; columns can be mapped by hand</source>
        <translation>Eine Bewertungsdatei mit Trennzeichen öffnen; die Spalten lassen sich von Hand zuordnen</translation>
    </message>
    <message>
        <source>Open &amp;demo dataset</source>
        <translation>D&amp;emo-Datensatz öffnen</translation>
    </message>
    <message>
        <source>Generate the built-in synthetic dataset</source>
        <translation>Den eingebauten synthetischen Datensatz erzeugen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Train with the settings of the Training tab</source>
        <translation>Mit den Einstellungen des Reiters Training trainieren</translation>
    </message>
    <message>
        <source>Run &amp;grid search</source>
        <translation>&amp;Rastersuche starten</translation>
    </message>
    <message>
        <source>Train every configuration of the grid</source>
        <translation>Jede Konfiguration des Rasters trainieren</translation>
    </message>
    <message>
        <source>&amp;Cancel running jobs</source>
        <translation>Laufende Aufgaben a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Nexus</source>
        <translation>&amp;Nexus</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Choose the Nexus deployment, project and token</source>
        <translation>Nexus-Deployment, Projekt und Token wählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Grid search</source>
        <translation>&amp;Rastersuche</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Recommender Studio</source>
        <translation>Ü&amp;ber Recommender Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Open MovieLens folder</source>
        <translation>MovieLens-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open ratings file</source>
        <translation>Bewertungsdatei öffnen</translation>
    </message>
    <message>
        <source>Ratings files (*.csv *.tsv *.txt *.data *.base *.test *.dat);;All files (*)</source>
        <translation>Bewertungsdateien (*.csv *.tsv *.txt *.data *.base *.test *.dat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Dataset loaded</source>
        <translation>Datensatz geladen</translation>
    </message>
    <message>
        <source>About Recommender Studio</source>
        <translation>Über Recommender Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Recommender Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and explores collaborative-filtering recommenders from ratings kept in a Blue Brain Nexus knowledge graph.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Recommender Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erstellt und untersucht Empfehlungssysteme mit kollaborativem Filtern aus Bewertungen, die in einem Blue-Brain-Nexus-Wissensgraphen liegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language takes effect at the next start.</source>
        <translation>Die neue Sprache wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <source>Demo dataset</source>
        <translation>Demo-Datensatz</translation>
    </message>
    <message>
        <source>%1 – Recommender Studio</source>
        <translation>%1 – Recommender Studio</translation>
    </message>
    <message>
        <source>%1: %2 ratings</source>
        <translation>%1: %2 Bewertungen</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::NexusPanel</name>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Pull ratings and movies</source>
        <translation>Bewertungen und Filme abrufen</translation>
    </message>
    <message>
        <source>Read every Rating and Movie of the project into a new dataset</source>
        <translation>Alle Rating- und Movie-Ressourcen des Projekts in einen neuen Datensatz lesen</translation>
    </message>
    <message>
        <source>Import the open dataset</source>
        <translation>Geöffneten Datensatz importieren</translation>
    </message>
    <message>
        <source>Upload the open dataset&apos;s ratings and movies into the project; a second import creates nothing new</source>
        <translation>Die Bewertungen und Filme des geöffneten Datensatzes in das Projekt hochladen; ein zweiter Import legt nichts Neues an</translation>
    </message>
    <message>
        <source>Push the model</source>
        <translation>Modell übertragen</translation>
    </message>
    <message>
        <source>Similar titles from the server</source>
        <translation>Ähnliche Titel vom Server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Summaries of pulls and imports appear here.</source>
        <translation>Hier erscheinen die Zusammenfassungen von Abrufen und Importen.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Nexus connection: %1, project %2/%3</source>
        <translation>Nexus-Verbindung: %1, Projekt %2/%3</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1); it is kept for this session only.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden (%1). Es bleibt nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <source>New Nexus token supplied; the job resumes.</source>
        <translation>Neues Nexus-Token erhalten. Die Aufgabe wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Nexus rejected the token: %1</source>
        <translation>Nexus hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nexus token expired</source>
        <translation>Nexus-Token abgelaufen</translation>
    </message>
    <message>
        <source>%1

Paste a new token to resume the job:</source>
        <translation>%1

Fügen Sie ein neues Token ein, um die Aufgabe fortzusetzen:</translation>
    </message>
    <message>
        <source>Nexus %1/%2</source>
        <translation>Nexus %1/%2</translation>
    </message>
    <message>
        <source>Pulled %1 ratings and %2 movies from %3 (%4, %5 pages).</source>
        <translation>%1 Bewertungen und %2 Filme aus %3 abgerufen (%4, %5 Seiten).</translation>
    </message>
    <message>
        <source>%1 documents were skipped.</source>
        <translation>%1 Dokumente wurden übersprungen.</translation>
    </message>
    <message>
        <source>Pulling ratings and movies</source>
        <translation>Bewertungen und Filme werden abgerufen</translation>
    </message>
    <message>
        <source>Importing the open dataset</source>
        <translation>Geöffneter Datensatz wird importiert</translation>
    </message>
    <message>
        <source>%1 started.</source>
        <translation>%1: gestartet.</translation>
    </message>
    <message>
        <source>%1 (project %2/%3)</source>
        <translation>%1 (Projekt %2/%3)</translation>
    </message>
    <message>
        <source>Resumed with the new token.</source>
        <translation>Mit dem neuen Token fortgesetzt.</translation>
    </message>
    <message>
        <source>Canceled; nothing was changed locally.</source>
        <translation>Abgebrochen. Lokal wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Nexus job ended: %1</source>
        <translation>Nexus-Aufgabe beendet: %1</translation>
    </message>
    <message>
        <source>%1 — project %2/%3</source>
        <translation>%1 — Projekt %2/%3</translation>
    </message>
    <message>
        <source>Not connected. Choose Connect… to enter a deployment, project and token.</source>
        <translation>Nicht verbunden. Wählen Sie Verbinden…, um Deployment, Projekt und Token einzugeben.</translation>
    </message>
    <message>
        <source>Send the trained model&apos;s movie embeddings and its provenance to the project, and index them for similarity queries</source>
        <translation>Die Filmeinbettungen des trainierten Modells und seine Herkunft an das Projekt senden und für Ähnlichkeitsabfragen indexieren</translation>
    </message>
    <message>
        <source>Ask the project&apos;s index of the last pushed model for the titles most similar to the chosen movie</source>
        <translation>Den Index des zuletzt übertragenen Modells im Projekt nach den Titeln abfragen, die dem gewählten Film am ähnlichsten sind</translation>
    </message>
    <message>
        <source>Title contains…</source>
        <translation>Titel enthält…</translation>
    </message>
    <message>
        <source>Number of similar titles to ask for (k)</source>
        <translation>Anzahl der abzufragenden ähnlichen Titel (k)</translation>
    </message>
    <message>
        <source>Movie:</source>
        <translation>Film:</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k:</translation>
    </message>
    <message>
        <source>The model cannot be pushed: %1</source>
        <translation>Das Modell kann nicht übertragen werden: %1</translation>
    </message>
    <message>
        <source>Pushing the model</source>
        <translation>Modell wird übertragen</translation>
    </message>
    <message>
        <source>No movie title contains &apos;%1&apos;; check the spelling.</source>
        <translation>Kein Filmtitel enthält „%1“. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) similar to %1 according to the server:</source>
        <translation>
            <numerusform>%n ähnlicher Titel zu %1 laut Server:</numerusform>
            <numerusform>%n ähnliche Titel zu %1 laut Server:</numerusform>
        </translation>
    </message>
    <message>
        <source>Querying similar titles of %1</source>
        <translation>Ähnliche Titel zu %1 werden abgefragt</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the native name of the language the system locale selects, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages.</source>
        <translation>Die Sprache von Menüs, Dialogen und Meldungen.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start Recommender Studio.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Recommender Studio wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::RatingsTableModel</name>
    <message>
        <source>User</source>
        <comment>column title: raw user id</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Movie</source>
        <comment>column title: raw movie id</comment>
        <translation>Film</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>column title: movie title</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Genres</source>
        <comment>column title: movie genres</comment>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>column title: stars given by the user</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>column title: when the rating was given</comment>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::Session</name>
    <message>
        <source>Split the ratings: %1</source>
        <translation>Bewertungen aufgeteilt: %1</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::TrainingPanel</name>
    <message>
        <source>trained</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>Ranking metrics skipped: scoring every movie for every user is too slow at this size.</source>
        <translation>Ranking-Metriken übersprungen: Jeden Film für jeden Benutzer zu bewerten ist bei dieser Größe zu langsam.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Train on the training split and score on the test split</source>
        <translation>Auf dem Trainingsteil trainieren und auf dem Testteil bewerten</translation>
    </message>
    <message>
        <source>Train on all data</source>
        <translation>Auf allen Daten trainieren</translation>
    </message>
    <message>
        <source>Train the final model on every rating. There is no test set, so no test error can be reported.</source>
        <translation>Das endgültige Modell auf allen Bewertungen trainieren. Es gibt keine Testmenge, daher kann kein Testfehler angegeben werden.</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>Modell öffnen…</translation>
    </message>
    <message>
        <source>Mean squared error per epoch</source>
        <translation>Mittlerer quadratischer Fehler pro Epoche</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Train MSE</source>
        <translation>Trainings-MSE</translation>
    </message>
    <message>
        <source>Test MSE</source>
        <translation>Test-MSE</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Show the error on a logarithmic axis, which separates small differences late in training</source>
        <translation>Den Fehler auf einer logarithmischen Achse anzeigen, die kleine Unterschiede spät im Training trennt</translation>
    </message>
    <message>
        <source>Epoch %v of %m</source>
        <translation>Epoche %v von %m</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation>Endgültige Metriken</translation>
    </message>
    <message>
        <source>Train a model to see its metrics.</source>
        <translation>Trainieren Sie ein Modell, um seine Metriken zu sehen.</translation>
    </message>
    <message>
        <source>Load a dataset first (File &gt; Open or File &gt; Open demo dataset).</source>
        <translation>Laden Sie zuerst einen Datensatz (Datei &gt; Öffnen oder Datei &gt; Demo-Datensatz öffnen).</translation>
    </message>
    <message>
        <source>Training on all ratings: %1</source>
        <translation>Training auf allen Bewertungen: %1</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <source>Could not split the ratings: %1</source>
        <translation>Die Bewertungen konnten nicht aufgeteilt werden: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training diverged: %1</source>
        <translation>Training divergiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %n epoch(s); the previous model stays in use.</source>
        <translation>
            <numerusform>Nach %n Epoche abgebrochen. Das vorherige Modell bleibt in Gebrauch.</numerusform>
            <numerusform>Nach %n Epochen abgebrochen. Das vorherige Modell bleibt in Gebrauch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training canceled after %n epoch(s)</source>
        <translation>
            <numerusform>Training nach %n Epoche abgebrochen</numerusform>
            <numerusform>Training nach %n Epochen abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled; the previous model stays in use.</source>
        <translation>Abgebrochen. Das vorherige Modell bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>Trained on all ratings: %1, train RMSE %2</source>
        <translation>Auf allen Bewertungen trainiert: %1, Trainings-RMSE %2</translation>
    </message>
    <message>
        <source>Trained: %1, test RMSE %2</source>
        <translation>Trainiert: %1, Test-RMSE %2</translation>
    </message>
    <message>
        <source>Train RMSE / MAE:</source>
        <translation>Trainings-RMSE / -MAE:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Test RMSE / MAE:</source>
        <translation>Test-RMSE / -MAE:</translation>
    </message>
    <message>
        <source>none: trained on all ratings</source>
        <translation>keine: auf allen Bewertungen trainiert</translation>
    </message>
    <message>
        <source>Precision@10:</source>
        <translation>Präzision@10:</translation>
    </message>
    <message>
        <source>Recall@10:</source>
        <translation>Recall@10:</translation>
    </message>
    <message>
        <source>NDCG@10:</source>
        <translation>NDCG@10:</translation>
    </message>
    <message>
        <source>Users evaluated:</source>
        <translation>Ausgewertete Benutzer:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Could not save the model to %1: %2</source>
        <translation>Das Modell konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>Could not save the model to %1:
%2</source>
        <translation>Das Modell konnte nicht in %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation>Modell in %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not open the model %1: %2</source>
        <translation>Das Modell %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Could not open the model %1:
%2</source>
        <translation>Das Modell %1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened the model %1: %2</source>
        <translation>Modell %1 geöffnet: %2</translation>
    </message>
    <message>
        <source>Recommender models (*.rsmodel)</source>
        <translation>Empfehlungsmodelle (*.rsmodel)</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::TrainingSettingsForm</name>
    <message>
        <source>ALS (alternating least squares)</source>
        <translation>ALS (alternierende kleinste Quadrate)</translation>
    </message>
    <message>
        <source>SGD (stochastic gradient descent)</source>
        <translation>SGD (stochastischer Gradientenabstieg)</translation>
    </message>
    <message>
        <source>Baseline: user and movie biases</source>
        <translation>Basislinie: Benutzer- und Film-Bias</translation>
    </message>
    <message>
        <source>Baseline: global mean</source>
        <translation>Basislinie: globaler Mittelwert</translation>
    </message>
    <message>
        <source>How the factor model is fitted. The baselines have no factors and show what the factors add.</source>
        <translation>Wie das Faktormodell angepasst wird. Die Basislinien haben keine Faktoren und zeigen, was die Faktoren beitragen.</translation>
    </message>
    <message>
        <source>Number of latent factors per user and per movie (the length of each embedding vector)</source>
        <translation>Anzahl latenter Faktoren pro Benutzer und pro Film (die Länge jedes Einbettungsvektors)</translation>
    </message>
    <message>
        <source>Number of passes over the training ratings</source>
        <translation>Anzahl der Durchläufe über die Trainingsbewertungen</translation>
    </message>
    <message>
        <source>L2 penalty on the user factors (λ, unitless)</source>
        <translation>L2-Strafterm auf die Benutzerfaktoren (λ, einheitenlos)</translation>
    </message>
    <message>
        <source>L2 penalty on the movie factors (λ, unitless)</source>
        <translation>L2-Strafterm auf die Filmfaktoren (λ, einheitenlos)</translation>
    </message>
    <message>
        <source>L2 penalty on the user biases (λ, unitless)</source>
        <translation>L2-Strafterm auf die Benutzer-Bias (λ, einheitenlos)</translation>
    </message>
    <message>
        <source>L2 penalty on the movie biases (λ, unitless)</source>
        <translation>L2-Strafterm auf die Film-Bias (λ, einheitenlos)</translation>
    </message>
    <message>
        <source>Plain λ</source>
        <translation>Einfaches λ</translation>
    </message>
    <message>
        <source>λ × ratings in the row (ALS-WR)</source>
        <translation>λ × Bewertungen der Zeile (ALS-WR)</translation>
    </message>
    <message>
        <source>Whether each row&apos;s penalty grows with its number of ratings</source>
        <translation>Ob der Strafterm jeder Zeile mit ihrer Anzahl an Bewertungen wächst</translation>
    </message>
    <message>
        <source>Exact (Cholesky)</source>
        <translation>Exakt (Cholesky)</translation>
    </message>
    <message>
        <source>Fast (conjugate gradient)</source>
        <translation>Schnell (konjugierte Gradienten)</translation>
    </message>
    <message>
        <source>ALS only: solve each row exactly, or take a few conjugate gradient steps, which is faster with many factors</source>
        <translation>Nur ALS: jede Zeile exakt lösen oder einige Schritte des konjugierten Gradientenverfahrens ausführen, was bei vielen Faktoren schneller ist</translation>
    </message>
    <message>
        <source>SGD only: step size of each gradient update (unitless)</source>
        <translation>Nur SGD: Schrittweite jeder Gradientenaktualisierung (einheitenlos)</translation>
    </message>
    <message>
        <source>SGD only: factor applied to the learning rate after each epoch; 1 keeps it constant</source>
        <translation>Nur SGD: Faktor, mit dem die Lernrate nach jeder Epoche multipliziert wird; 1 hält sie konstant</translation>
    </message>
    <message>
        <source>Parallel SGD</source>
        <translation>Paralleles SGD</translation>
    </message>
    <message>
        <source>SGD only: update blocks of the matrix on several threads. Faster, but results vary slightly from run to run.</source>
        <translation>Nur SGD: Blöcke der Matrix auf mehreren Threads aktualisieren. Schneller, aber die Ergebnisse schwanken leicht von Lauf zu Lauf.</translation>
    </message>
    <message>
        <source>Per user: k random ratings to test</source>
        <translation>Pro Benutzer: k zufällige Bewertungen zum Testen</translation>
    </message>
    <message>
        <source>Random fraction of all ratings</source>
        <translation>Zufälliger Anteil aller Bewertungen</translation>
    </message>
    <message>
        <source>Per user: k most recent ratings to test</source>
        <translation>Pro Benutzer: die k neuesten Bewertungen zum Testen</translation>
    </message>
    <message>
        <source>How ratings are divided into a training set and a test set</source>
        <translation>Wie die Bewertungen in eine Trainings- und eine Testmenge aufgeteilt werden</translation>
    </message>
    <message>
        <source>Ratings per user moved to the test set (k). Users with too few ratings keep at least one in training.</source>
        <translation>Bewertungen pro Benutzer, die in die Testmenge verschoben werden (k). Benutzer mit zu wenigen Bewertungen behalten mindestens eine im Training.</translation>
    </message>
    <message>
        <source>Share of all ratings moved to the test set (0.01 to 0.9)</source>
        <translation>Anteil aller Bewertungen, der in die Testmenge verschoben wird (0,01 bis 0,9)</translation>
    </message>
    <message>
        <source>Seed of the random split and initialization: the same seed gives the same result</source>
        <translation>Startwert der zufälligen Aufteilung und Initialisierung: Derselbe Startwert liefert dasselbe Ergebnis</translation>
    </message>
    <message>
        <source>Worker threads used for training (this machine has %1 cores)</source>
        <translation>Für das Training verwendete Worker-Threads (dieser Rechner hat %1 Kerne)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Factors:</source>
        <translation>Faktoren:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>User factor λ:</source>
        <translation>λ der Benutzerfaktoren:</translation>
    </message>
    <message>
        <source>Movie factor λ:</source>
        <translation>λ der Filmfaktoren:</translation>
    </message>
    <message>
        <source>User bias λ:</source>
        <translation>λ der Benutzer-Bias:</translation>
    </message>
    <message>
        <source>Movie bias λ:</source>
        <translation>λ der Film-Bias:</translation>
    </message>
    <message>
        <source>Scaling:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>ALS solver:</source>
        <translation>ALS-Löser:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Rate decay:</source>
        <translation>Abklingfaktor der Rate:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <source>Test ratings per user:</source>
        <translation>Testbewertungen pro Benutzer:</translation>
    </message>
    <message>
        <source>Test fraction:</source>
        <translation>Testanteil:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build and explore collaborative-filtering recommenders.</source>
        <translation>Empfehlungssysteme mit kollaborativem Filtern erstellen und untersuchen.</translation>
    </message>
    <message>
        <source>Open the built-in synthetic demo dataset.</source>
        <translation>Öffnet den eingebauten synthetischen Demo-Datensatz.</translation>
    </message>
    <message>
        <source>Visit every area, save one PNG per area into &lt;folder&gt; and quit.</source>
        <translation>Besucht jeden Bereich, speichert pro Bereich ein PNG in &lt;Ordner&gt; und beendet sich.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>MovieLens folder or ratings file to open.</source>
        <translation>Zu öffnender MovieLens-Ordner oder Bewertungsdatei.</translation>
    </message>
</context>
</TS>
