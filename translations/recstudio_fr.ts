<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>NexusConfig</name>
    <message>
        <source>The deployment URL &apos;%1&apos; is missing or invalid; enter the base URL of the Nexus API, for example https://nexus.example.org/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; uses the scheme &apos;%2&apos;; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; uses plain http:// to a remote host, which would send the token unencrypted; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; must not contain a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; must end with the API version segment, for example &apos;%2/v1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization &apos;%1&apos; is not a valid Nexus label; use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is not a valid Nexus label; use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains a line break; paste the access token on one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NexusError</name>
    <message>
        <source>Could not %1: the server sent no data before the timeout. Check the connection, or raise the timeout for slow servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the TLS certificate of the server was rejected (%2). Fix the server certificate or the system trust store; certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2. Check the deployment URL and the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the access token was rejected (HTTP 401%2), probably because it expired. Sign in again or paste a new token.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the token lacks a permission in this project (HTTP 403). Ask a project administrator to grant it.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the organization or project does not exist (HTTP 404). Check the organization and project labels.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the project, view or resource was not found (HTTP 404). Check the names, or create it first.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: revision conflict (HTTP 409), the resource was changed by someone else or already exists. Fetch it again and retry.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the request body is larger than the server accepts (HTTP 413; Nexus allows 256 KiB of JSON by default). Send smaller batches or fewer dimensions.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server kept asking to slow down (HTTP 429) after every retry. Lower the concurrency and try again later.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server failed (HTTP %2). Try again later; if it persists, report it to the deployment&apos;s administrators.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server rejected the request (HTTP %2%3).%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer is not valid (%2). Check that the deployment URL points at a Nexus Delta API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecStudio::App</name>
    <message>
        <source>Display version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and explore collaborative-filtering recommenders from movie ratings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus</name>
    <message>
        <source>fetch project &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;base&apos; or &apos;vocab&apos; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update resource &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch resource &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;_rev&apos; in the annotated source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create resource &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the indexing statistics of view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing event counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &apos;%1&apos; is still indexing after %2 s (%3 of %4 events processed). Try again later; large imports take minutes to index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::PullJob</name>
    <message>
        <source>dedicated ElasticSearch view &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (created for this pull)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default ElasticSearch view (payloads read from _original_source, because the token may not create views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for view &apos;%1&apos; to index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read ratings from view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read movies from view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view &apos;%1&apos; returned a page that does not follow the previous one (sort key &apos;%2&apos; after &apos;%3&apos;); the server ignored search_after. Check that &apos;@id&apos; is mapped as a keyword in the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading movies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read through the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::DataPanel</name>
    <message>
        <source>Load warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings per movie (long tail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the ratings of this user (raw id as in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movie id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the ratings of this movie (raw id as in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show movies whose title contains this text, ignoring case and accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ★</source>
        <comment>suffix of a rating in stars</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest rating shown, in stars (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest rating shown, in stars (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>rating range: from ... to ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated movies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (catalogue: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (range %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1, median %2, p90 %3, max %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings per user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings per movie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movies by popularity rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines were skipped. The first ones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user, movie) pairs were rated more than once; %2 older rows were dropped and the latest rating kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every line was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::DatasetLoader</name>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading canceled; the previous dataset stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1: %2 ratings, %3 users, %4 movies in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines skipped, %2 duplicate rows dropped (%3 pairs); see the load warnings in the Data tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::MainWindow</name>
    <message>
        <source>Recommender Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the native name of the language the system locale selects, e.g. &quot;Deutsch&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start Recommender Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::RatingsTableModel</name>
    <message>
        <source>User</source>
        <comment>column title: raw user id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movie</source>
        <comment>column title: raw movie id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <comment>column title: movie title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres</source>
        <comment>column title: movie genres</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>column title: stars given by the user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <comment>column title: when the rating was given</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
